package org.posdesk.application.casework.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.posdesk.application.casework.CandidateReason;

/**
 * How well a payment fits a case, as a sum of explained parts. Exact identifiers weigh most (an
 * RRN is unique at the acquirer, an auth code nearly so, a STAN only on its terminal); then the
 * amount, the time, the place and the card. What rules a payment out weighs against it: it was
 * voided, reversed or declined (no money moved), or its card's last four differ. The weights are
 * chosen so that an RRN match outranks every mix of the circumstantial parts (amount, time,
 * terminal, card: 80 at most), an auth code or the terminal's STAN needs one or two of them to
 * agree, and the circumstantial parts alone separate look-alikes (the same amount a minute apart
 * on another terminal, with another card).
 */
final class CandidateScoring {

    static final int RRN = 100;
    static final int AUTH_CODE = 60;
    static final int STAN_SAME_TERMINAL = 50;
    static final int STAN_TERMINAL_UNKNOWN = 20;
    static final int AMOUNT_EXACT = 30;
    static final int AMOUNT_NEAR = 10;
    static final int TIME_5_MIN = 20;
    static final int TIME_30_MIN = 12;
    static final int TIME_3_HOURS = 5;
    static final int TERMINAL = 15;
    static final int STORE = 8;
    static final int LAST_FOUR = 15;
    static final int LAST_FOUR_DIFFERS = -30;
    static final int ORDER_NAMED = 30;
    static final int CANCELLED = -40;
    static final int DECLINED = -60;

    /** A customer's memory of the amount may be off by this much (rounding, a tip): max(1.00, 2 %). */
    static long tolerance(long amountMinor) {
        return Math.max(100, Math.abs(amountMinor) / 50);
    }

    /** What the case says; every part may be missing. */
    record Probe(Long terminalId, Long storeId, Long amountMinor, LocalDateTime time, String lastFour, String stan,
                 String rrn, String authCode, String orderNumber) {
    }

    /** What a candidate payment says. */
    record Evidence(Long terminalId, Long storeId, long amountMinor, LocalDateTime time, String lastFour,
                    String stan, String rrn, String authCode, String orderNumber, String status) {
    }

    record Scored(int score, List<CandidateReason> reasons) {
    }

    private CandidateScoring() {
    }

    static Scored score(Probe p, Evidence e) {
        List<CandidateReason> reasons = new ArrayList<>();
        if (same(p.rrn(), e.rrn())) {
            reasons.add(new CandidateReason("RRN", RRN, e.rrn()));
        }
        if (same(p.authCode(), e.authCode())) {
            reasons.add(new CandidateReason("AUTH_CODE", AUTH_CODE, e.authCode()));
        }
        stan(p, e, reasons);
        if (same(p.orderNumber(), e.orderNumber())) {
            reasons.add(new CandidateReason("ORDER_NAMED", ORDER_NAMED, e.orderNumber()));
        }
        amount(p, e, reasons);
        time(p, e, reasons);
        place(p, e, reasons);
        if (p.lastFour() != null && e.lastFour() != null) {
            reasons.add(p.lastFour().equals(e.lastFour())
                    ? new CandidateReason("LAST_FOUR", LAST_FOUR, e.lastFour())
                    : new CandidateReason("LAST_FOUR_DIFFERS", LAST_FOUR_DIFFERS, e.lastFour()));
        }
        status(e, reasons);
        return new Scored(reasons.stream().mapToInt(CandidateReason::points).sum(), List.copyOf(reasons));
    }

    private static void stan(Probe p, Evidence e, List<CandidateReason> reasons) {
        if (!same(p.stan(), e.stan())) {
            return;
        }
        // A STAN repeats on every terminal; it identifies only together with the terminal.
        if (p.terminalId() == null || e.terminalId() == null) {
            reasons.add(new CandidateReason("STAN", STAN_TERMINAL_UNKNOWN, e.stan()));
        } else if (p.terminalId().equals(e.terminalId())) {
            reasons.add(new CandidateReason("STAN", STAN_SAME_TERMINAL, e.stan()));
        }
    }

    private static void amount(Probe p, Evidence e, List<CandidateReason> reasons) {
        if (p.amountMinor() == null) {
            return;
        }
        long diff = Math.abs(p.amountMinor() - e.amountMinor());
        if (diff == 0) {
            reasons.add(new CandidateReason("AMOUNT_EXACT", AMOUNT_EXACT, money(e.amountMinor())));
        } else if (diff <= tolerance(p.amountMinor())) {
            reasons.add(new CandidateReason("AMOUNT_NEAR", AMOUNT_NEAR,
                    money(e.amountMinor()) + " / " + money(p.amountMinor())));
        }
    }

    private static void time(Probe p, Evidence e, List<CandidateReason> reasons) {
        if (p.time() == null || e.time() == null) {
            return;
        }
        Duration apart = Duration.between(p.time(), e.time()).abs();
        String detail = apart.toMinutes() + " min";
        if (apart.compareTo(Duration.ofMinutes(5)) <= 0) {
            reasons.add(new CandidateReason("TIME_CLOSE", TIME_5_MIN, detail));
        } else if (apart.compareTo(Duration.ofMinutes(30)) <= 0) {
            reasons.add(new CandidateReason("TIME_NEAR", TIME_30_MIN, detail));
        } else if (apart.compareTo(Duration.ofHours(3)) <= 0) {
            reasons.add(new CandidateReason("TIME_SAME_PERIOD", TIME_3_HOURS, detail));
        }
    }

    private static void place(Probe p, Evidence e, List<CandidateReason> reasons) {
        if (p.terminalId() != null && p.terminalId().equals(e.terminalId())) {
            reasons.add(new CandidateReason("TERMINAL", TERMINAL, ""));
        } else if (p.storeId() != null && p.storeId().equals(e.storeId())) {
            reasons.add(new CandidateReason("STORE", STORE, ""));
        }
    }

    private static void status(Evidence e, List<CandidateReason> reasons) {
        if (e.status() == null) {
            return;
        }
        switch (e.status()) {
            case "VOIDED", "REVERSED" -> reasons.add(new CandidateReason(e.status(), CANCELLED, ""));
            case "DECLINED" -> reasons.add(new CandidateReason("DECLINED", DECLINED, ""));
            default -> {
            }
        }
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    private static String money(long minor) {
        return "%d.%02d".formatted(minor / 100, Math.abs(minor % 100));
    }
}
