package org.posdesk.application.casework.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.casework.CaseActionRefusedException;
import org.posdesk.application.casework.ClaimForm;
import org.posdesk.application.internal.Viewer;
import org.posdesk.domain.casework.Claim;
import org.posdesk.domain.merchant.Store;
import org.posdesk.domain.merchant.StoreRepository;
import org.posdesk.domain.shared.AuthCode;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.OrderNumber;
import org.posdesk.domain.shared.Rrn;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalRepository;

/**
 * Turns what a person typed into a {@link Claim} of one merchant: the terminal and store must be
 * that merchant's (and the caller's), identifiers must be well formed, and at least one thing
 * must be there to search by.
 */
@ApplicationScoped
class ClaimReader {

    /** posdesk's merchants are domestic; a claim is typed in yuan. */
    static final String CURRENCY = "CNY";

    @Inject
    TerminalRepository terminals;
    @Inject
    StoreRepository stores;

    record Read(Claim claim, AuthCode authCode) {
    }

    Read read(Viewer viewer, long merchantId, ClaimForm f) {
        Long storeId = f.storeId();
        Long terminalId = null;
        if (blank(f.tid()) == null && storeId != null) {
            Store store = stores.findById(storeId).filter(s -> s.getMerchantId() == merchantId)
                    .orElseThrow(() -> new AccessDeniedException("not found"));
            viewer.requireVisible(merchantId, store.getId());
        }
        if (blank(f.tid()) != null) {
            Terminal terminal = terminals.findByTid(parse("tid", () -> Tid.of(f.tid().strip())))
                    .filter(t -> t.getMerchantId() == merchantId)
                    .orElseThrow(() -> new CaseActionRefusedException("tid", "no such terminal of the merchant"));
            viewer.requireVisible(merchantId, terminal.getStoreId());
            terminalId = terminal.getId();
            storeId = terminal.getStoreId();
        }
        if (storeId == null && viewer.merchantScope().isPresent() && !viewer.storeIds().isEmpty()) {
            // A user confined to one store reports for it; with several they must say which.
            if (viewer.storeIds().size() != 1) {
                throw new CaseActionRefusedException("store", "name the store");
            }
            storeId = viewer.storeIds().iterator().next();
        }
        OrderNumber order = blank(f.orderNumber()) == null ? null : parse("order", () -> OrderNumber.of(f.orderNumber().strip()));
        Money amount = f.amountMinor() == null ? null : Money.of(f.amountMinor(), CURRENCY);
        if (amount != null && amount.isNegative()) {
            throw new CaseActionRefusedException("amount", "amount cannot be negative");
        }
        Stan stan = blank(f.stan()) == null ? null : parse("stan", () -> Stan.of(pad(f.stan().strip(), 6)));
        Rrn rrn = blank(f.rrn()) == null ? null : parse("rrn", () -> Rrn.of(f.rrn().strip()));
        AuthCode auth = blank(f.authCode()) == null ? null : parse("authCode", () -> AuthCode.of(f.authCode().strip()));
        if (amount == null && stan == null && rrn == null && auth == null && order == null) {
            throw new CaseActionRefusedException("empty", "a claim needs an amount, an order or a slip reference");
        }
        String last4 = blank(f.cardLastFour());
        Long finalStore = storeId;
        Long finalTerminal = terminalId;
        Claim claim = parse("last4", () -> new Claim(finalStore, finalTerminal, order, amount, f.time(), last4, stan, rrn));
        return new Read(claim, auth);
    }

    private static String pad(String digits, int length) {
        return digits.matches("[0-9]{1,6}") ? "0".repeat(length - digits.length()) + digits : digits;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <T> T parse(String field, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new CaseActionRefusedException(field, e.getMessage());
        }
    }
}
