package org.posdesk.infrastructure.startup;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.posdesk.application.statement.format.Fixtures;

/**
 * The acquirer's view of a demo day: one ACOMN line per approved sale or refund the journal holds, and, on
 * the day chosen to show them, four planted faults, one per discrepancy a merchant meets — a sale
 * the acquirer did not settle (MISSING_AT_ACQUIRER), a sale settled one fen off (AMOUNT_MISMATCH),
 * a line delivered twice (DUPLICATE) and a settled sale posdesk never received (MISSING_IN_POSDESK).
 */
final class DemoStatementLines {

    /** One approved sale or refund of the journal, as the statement needs it. */
    record Sale(String type, String tid, String mid, String rrn, String stan, long amountFen, String bin,
                String lastFour, LocalDateTime time) {
    }

    /** Fewer sales than this and the faults would swallow the day: it is written clean. */
    static final int FAULTS_NEED = 8;

    private DemoStatementLines() {
    }

    static List<Map<String, String>> lines(List<Sale> sales, boolean plantFaults) {
        boolean faults = plantFaults && sales.size() >= FAULTS_NEED;
        List<Map<String, String>> lines = new ArrayList<>(sales.size() + 2);
        for (int i = 0; i < sales.size(); i++) {
            Sale s = sales.get(i);
            if (faults && i == 0) {
                continue; // the acquirer never settled it
            }
            long amount = faults && i == 1 ? s.amountFen() + 1 : s.amountFen();
            Map<String, String> line = line(s, amount);
            lines.add(line);
            if (faults && i == 2) {
                lines.add(line(s, amount)); // delivered twice
            }
        }
        if (faults) {
            Sale model = sales.get(3);
            String trace = "9%05d".formatted(Integer.parseInt(model.stan()) % 100_000);
            lines.add(line(new Sale("SALE", model.tid(), model.mid(), "990" + model.rrn().substring(3), trace, 8_800,
                    "622202", "8888", model.time().plusMinutes(1)), 8_800));
        }
        return lines;
    }

    private static Map<String, String> line(Sale s, long amountFen) {
        String pan = (s.bin() == null ? "622202" : s.bin()) + "000000" + (s.lastFour() == null ? "0000" : s.lastFour());
        return Fixtures.acomn(s.type(), s.tid(), s.mid(), s.rrn(), s.stan(), amountFen, pan, s.time());
    }
}
