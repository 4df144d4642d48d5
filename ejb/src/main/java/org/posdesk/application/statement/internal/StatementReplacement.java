package org.posdesk.application.statement.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A re-delivered statement replaces the earlier one, never adds to it (statements.md, gotcha 6).
 * The same statement is the same acquirer profile, institution, file type and clearing date, and
 * it names some of the same terminals: two merchants' CSV statements of one day share everything
 * else but no terminal, so they stay two statements. Runs in the import's transaction, so the
 * replacement and the new lines commit together or not at all.
 *
 * <p>The earlier statement becomes SUPERSEDED and points at its successor; its lines stay on
 * record but lose their outcomes and claims, so they neither count as matched nor make the new
 * lines look like duplicates; its discrepancies still OPEN (machine-made, untouched by a person)
 * are removed, because matching the new statement finds again whatever is still wrong. Resolved
 * discrepancies and those turned into cases stay: a person acted on them.
 */
final class StatementReplacement {

    private StatementReplacement() {
    }

    /** @return the ids of the statements the new one replaces (none for a first delivery) */
    static List<Long> replaceEarlier(Connection c, long statementId) throws SQLException {
        List<Long> earlier = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT o.id FROM statement n JOIN statement o"
                + " ON o.clearing_date = n.clearing_date AND o.acquirer = n.acquirer AND o.id <> n.id"
                + " AND o.file_type <=> n.file_type AND o.institution <=> n.institution"
                + " WHERE n.id = ? AND o.state IN ('IMPORTED', 'MATCHED') AND EXISTS (SELECT 1 FROM statement_line ol"
                + " WHERE ol.statement_id = o.id AND ol.tid IN (SELECT nl.tid FROM statement_line nl"
                + " WHERE nl.statement_id = n.id)) ORDER BY o.id FOR UPDATE")) {
            s.setLong(1, statementId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    earlier.add(rs.getLong(1));
                }
            }
        }
        for (long old : earlier) {
            Sql.update(c, "DELETE t FROM discrepancy_transition t JOIN reconciliation_discrepancy d"
                    + " ON d.id = t.discrepancy_id WHERE d.statement_id = ? AND d.state = 'OPEN'", old);
            Sql.update(c, "DELETE FROM reconciliation_discrepancy WHERE statement_id = ? AND state = 'OPEN'", old);
            Sql.update(c, "UPDATE statement_line SET match_outcome = NULL, matched_transaction_id = NULL"
                    + " WHERE statement_id = ?", old);
            Sql.update(c, "UPDATE statement SET state = 'SUPERSEDED', superseded_by = ?, version = version + 1"
                    + " WHERE id = ?", statementId, old);
        }
        return earlier;
    }
}
