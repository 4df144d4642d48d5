package org.posdesk.application.search.internal;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.posdesk.application.internal.Viewer;
import org.posdesk.application.search.InvalidSearchException;
import org.posdesk.application.search.TransactionFilter;
import org.posdesk.domain.journal.JournalFilter;
import org.posdesk.domain.journal.Origin;
import org.posdesk.domain.journal.TransactionStatus;
import org.posdesk.domain.journal.TransactionType;
import org.posdesk.domain.merchant.Store;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.Terminal;

/**
 * Turns a person's filter into a journal filter: checks every value, and narrows the search to the
 * caller's merchant and stores. A store or terminal the caller may not see selects nothing — the
 * same answer as one that does not exist, so ids cannot be probed.
 */
final class SearchScope {

    static final int MAX_WINDOW_MONTHS = 13;

    private static final Pattern LAST4 = Pattern.compile("[0-9]{4}");
    private static final Pattern RRN = Pattern.compile("[0-9A-Za-z]{12}");
    private static final Pattern STAN = Pattern.compile("[0-9]{1,6}");
    private static final Pattern AUTH_CODE = Pattern.compile("[0-9A-Za-z]{6}");
    private static final Pattern ORDER = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final Viewer viewer;
    private final Function<Long, Optional<Store>> stores;
    private final Function<Tid, Optional<Terminal>> terminals;

    SearchScope(Viewer viewer, Function<Long, Optional<Store>> stores, Function<Tid, Optional<Terminal>> terminals) {
        this.viewer = viewer;
        this.stores = stores;
        this.terminals = terminals;
    }

    /** @return empty when the filter can select nothing the caller may see */
    Optional<JournalFilter> translate(TransactionFilter f) {
        checkWindow(f.from(), f.to());
        Long merchant = viewer.merchantScope().orElse(null);
        JournalFilter filter = JournalFilter.window(f.from(), f.to(), merchant,
                merchant == null ? null : viewer.storeIds())
                .withKind(parse(f.type(), TransactionType.class, "type"),
                        parse(f.status(), TransactionStatus.class, "status"),
                        parse(f.origin(), Origin.class, "origin"))
                .withAmount(amount(f.minAmountMinor()), amount(f.maxAmountMinor()))
                .withReferences(text(f.cardLast4(), LAST4, "last4"), text(f.rrn(), RRN, "rrn"), stan(f.stan()),
                        upper(text(f.authCode(), AUTH_CODE, "authCode")), text(f.orderNumber(), ORDER, "orderNumber"))
                .withAnomaly(f.anomaly());
        if (f.minAmountMinor() != null && f.maxAmountMinor() != null && f.minAmountMinor() > f.maxAmountMinor()) {
            throw new InvalidSearchException("amountOrder", "the lowest amount is above the highest");
        }
        if (f.storeId() != null) {
            Optional<Store> store = stores.apply(f.storeId()).filter(s -> viewer.maySee(s.getMerchantId(), s.getId()));
            if (store.isEmpty()) {
                return Optional.empty();
            }
            filter = filter.withStore(f.storeId());
        }
        String tid = blankToNull(f.tid());
        if (tid != null) {
            Optional<Terminal> terminal = tid(tid).flatMap(terminals)
                    .filter(t -> viewer.maySee(t.getMerchantId(), t.getStoreId()));
            if (terminal.isEmpty()) {
                return Optional.empty();
            }
            filter = filter.withTerminal(terminal.get().getId());
        }
        return Optional.of(filter);
    }

    static void checkWindow(LocalDateTime from, LocalDateTime to) {
        if (from == null || to == null) {
            throw new InvalidSearchException("window", "a search needs a start and an end time");
        }
        if (!from.isBefore(to)) {
            throw new InvalidSearchException("windowOrder", "the end time must be after the start time");
        }
        if (to.isAfter(from.plusMonths(MAX_WINDOW_MONTHS))) {
            throw new InvalidSearchException("windowTooLong",
                    "a search covers at most " + MAX_WINDOW_MONTHS + " months; narrow the time range");
        }
    }

    private static Optional<Tid> tid(String value) {
        try {
            return Optional.of(new Tid(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidSearchException("tid", "a terminal id has 8 letters or digits");
        }
    }

    private static Long amount(Long minor) {
        if (minor != null && minor < 0) {
            throw new InvalidSearchException("amount", "amounts are not negative");
        }
        return minor;
    }

    /** A STAN as printed (leading zeros often dropped when typed) becomes the stored six digits. */
    private static String stan(String value) {
        String stan = text(value, STAN, "stan");
        return stan == null ? null : "%06d".formatted(Integer.parseInt(stan));
    }

    private static String text(String value, Pattern format, String reason) {
        String text = blankToNull(value);
        if (text != null && !format.matcher(text).matches()) {
            throw new InvalidSearchException(reason, "not a valid " + reason + ": " + text);
        }
        return text;
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E parse(String value, Class<E> type, String reason) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidSearchException(reason, "unknown " + reason + " " + text);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
