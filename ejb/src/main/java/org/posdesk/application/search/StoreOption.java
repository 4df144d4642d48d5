package org.posdesk.application.search;

import java.io.Serializable;

/** A store the caller may filter on. */
public record StoreOption(long id, String code, String name) implements Serializable {
}
