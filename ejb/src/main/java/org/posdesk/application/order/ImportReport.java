package org.posdesk.application.order;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of an import. Either {@code committed} and every row is in (created, unchanged or
 * confirmed), or nothing was imported and {@code problems} says why.
 *
 * @param source       the file name or the REST caller's reference
 * @param rows         data rows read (the header not counted)
 * @param created      new orders
 * @param unchanged    rows that repeated an order exactly as it stands
 * @param confirmed    orders a payment had created, now sent by the merchant
 * @param problemCount every problem found; {@code problems} holds the first
 *                     {@link OrderImport#MAX_REPORTED_PROBLEMS} of them
 */
public record ImportReport(String source, boolean committed, long rows, long created, long unchanged,
                           long confirmed, long problemCount, List<ImportProblem> problems) implements Serializable {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean problemsTruncated() {
        return problemCount > problems.size();
    }
}
