package org.posdesk.sim;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Compares the ground truth with posdesk's {@code card_transaction}: every delivered record must
 * be there once, with the same content. Rows the fleet did not deliver are not its business.
 */
final class Verifier {

    private static final Logger LOG = Logger.getLogger(Verifier.class.getName());

    /** What posdesk stored for one (tid, batch, stan). */
    record StoredRow(String tid, int batch, String stan, long amount, String bin, String last4, String rrn,
                     String authCode, String type) {

        String key() {
            return tid + "/" + String.format("%06d", batch) + "/" + stan;
        }
    }

    record Result(int lost, int doubled, int mismatched, int checked) {

        boolean clean() {
            return lost == 0 && doubled == 0 && mismatched == 0;
        }

        @Override
        public String toString() {
            return "lost=" + lost + " doubled=" + doubled + " mismatched=" + mismatched + " checked=" + checked;
        }
    }

    private Verifier() {
    }

    static Result compare(List<GroundTruth.Line> truth, Collection<StoredRow> rows) {
        Map<String, List<GroundTruth.Line>> byKey = new LinkedHashMap<>();
        truth.forEach(line -> byKey.computeIfAbsent(line.key(), k -> new ArrayList<>()).add(line));
        Map<String, StoredRow> stored = new HashMap<>();
        rows.forEach(row -> stored.put(row.key(), row));
        int lost = 0;
        int doubled = 0;
        int mismatched = 0;
        for (Map.Entry<String, List<GroundTruth.Line>> entry : byKey.entrySet()) {
            GroundTruth.Line first = entry.getValue().get(0);
            if (entry.getValue().stream().anyMatch(other -> !other.sameContent(first))) {
                doubled++;
                LOG.warning(() -> entry.getKey() + " delivered twice with different content");
            }
            StoredRow row = stored.get(entry.getKey());
            if (row == null) {
                lost++;
                LOG.warning(() -> entry.getKey() + " lost: delivered " + first.type() + " " + first.amount()
                        + ", not in card_transaction");
            } else if (!matches(first, row)) {
                mismatched++;
                LOG.warning(() -> entry.getKey() + " differs: delivered " + first.csv() + ", stored " + row);
            }
        }
        return new Result(lost, doubled, mismatched, byKey.size());
    }

    static boolean matches(GroundTruth.Line line, StoredRow row) {
        return line.amount() == row.amount() && line.type().equals(row.type())
                && row.bin() != null && row.bin().startsWith(line.bin()) && line.last4().equals(row.last4())
                && Objects.equals(line.rrn(), trim(row.rrn())) && Objects.equals(line.authCode(), trim(row.authCode()));
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    static List<StoredRow> load(String url, String user, String password, Collection<String> tids) throws SQLException {
        List<StoredRow> rows = new ArrayList<>();
        if (tids.isEmpty()) {
            return rows;
        }
        String sql = "SELECT tid, batch_number, stan, amount_minor, card_bin, card_last4, rrn, auth_code, type"
                + " FROM card_transaction WHERE tid IN (" + String.join(",", tids.stream().map(t -> "?").toList()) + ")";
        try (Connection db = DriverManager.getConnection(url, user, password);
             PreparedStatement query = db.prepareStatement(sql)) {
            int i = 1;
            for (String tid : tids) {
                query.setString(i++, tid);
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoredRow(rs.getString(1).trim(), rs.getInt(2), rs.getString(3).trim(), rs.getLong(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
        }
        return rows;
    }
}
