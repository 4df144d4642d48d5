package org.posdesk.infrastructure.persistence;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Turns a natural-key query result into an Optional; the unique constraints guarantee at most one row. */
final class Queries {

    private Queries() {
    }

    static <T> Optional<T> single(TypedQuery<T> query) {
        List<T> rows = query.setMaxResults(2).getResultList();
        if (rows.size() > 1) {
            throw new IllegalStateException("natural key matched " + rows.size() + " rows");
        }
        return rows.stream().findFirst();
    }
}
