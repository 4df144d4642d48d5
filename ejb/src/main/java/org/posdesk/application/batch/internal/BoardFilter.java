package org.posdesk.application.batch.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import org.posdesk.application.batch.BatchQuery;
import org.posdesk.application.internal.Viewer;
import org.posdesk.domain.batch.BatchReadRepository.Filter;
import org.posdesk.domain.batch.BatchReadRepository.Scope;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalRepository;

/**
 * Turns the board's filters into the repository's, within what the viewer may see. A filter
 * naming a terminal, store or state the viewer cannot see (or that does not exist) selects
 * nothing: the board then shows an empty result, not an error that would confirm the thing exists.
 */
record BoardFilter(Scope scope, Filter filter) {

    static Optional<BoardFilter> of(Viewer viewer, BatchQuery query, ZoneId zone, TerminalRepository terminals) {
        Scope scope = new Scope(viewer.merchantScope().orElse(null),
                viewer.merchantScope().isPresent() ? viewer.storeIds() : java.util.Set.of());
        if (query.storeId() != null && !scope.storeIds().isEmpty() && !scope.storeIds().contains(query.storeId())) {
            return Optional.empty();
        }
        BatchState state = null;
        if (query.state() != null && !query.state().isBlank()) {
            Optional<BatchState> named = Arrays.stream(BatchState.values())
                    .filter(s -> s.name().equals(query.state())).findFirst();
            if (named.isEmpty()) {
                return Optional.empty();
            }
            state = named.get();
        }
        Long terminalId = null;
        if (query.tid() != null && !query.tid().isBlank()) {
            Optional<Terminal> terminal = tid(query.tid().trim()).flatMap(terminals::findByTid)
                    .filter(t -> viewer.maySee(t.getMerchantId(), t.getStoreId()));
            if (terminal.isEmpty()) {
                return Optional.empty();
            }
            terminalId = terminal.get().getId();
        }
        LocalDate to = query.openedTo();
        return Optional.of(new BoardFilter(scope, new Filter(state, query.storeId(), terminalId,
                query.openedFrom() == null ? null : query.openedFrom().atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant())));
    }

    private static Optional<Tid> tid(String text) {
        try {
            return Optional.of(Tid.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
