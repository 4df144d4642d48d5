package org.posdesk.application.search;

import java.io.Serializable;

/**
 * How many rows a search selects, counted no further than a cap: {@code atLeast} true means
 * "{@code value} or more" (shown as "1,000+"), since an exact count over millions of rows costs
 * more than the answer is worth on a search page.
 */
public record ResultCount(long value, boolean atLeast) implements Serializable {
}
