package org.posdesk.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.posdesk.domain.journal.JournalCursor;
import org.posdesk.domain.journal.JournalFilter;
import org.posdesk.domain.journal.JournalRow;
import org.posdesk.domain.journal.JournalSearch;
import org.posdesk.domain.journal.StatementMatch;

/**
 * {@link JournalSearch} in plain JDBC on the application's datasource: searches read flat rows,
 * not entities, so a page or an export chunk costs no persistence-context bookkeeping, and the
 * statements are exactly those of {@link JournalSql}. Inside a transaction the datasource hands
 * out the transaction's connection, so these reads join it.
 */
@ApplicationScoped
public class JdbcJournalSearch implements JournalSearch {

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;

    @Override
    public List<JournalRow> page(JournalFilter filter, JournalCursor after, int limit) {
        return rows(JournalSql.page(filter, after, limit));
    }

    @Override
    public long countUpTo(JournalFilter filter, int cap) {
        JournalSql.Statement count = JournalSql.countUpTo(filter, cap);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = count.prepare(c);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public long forEach(JournalFilter filter, int chunkSize, Consumer<JournalRow> consumer) {
        // Keyset chunks rather than one long streamed result: each chunk is a short indexed read
        // that holds no connection or snapshot between chunks, and only one chunk is in memory.
        long handed = 0;
        JournalCursor after = null;
        while (true) {
            List<JournalRow> chunk = page(filter, after, chunkSize);
            chunk.forEach(consumer);
            handed += chunk.size();
            if (chunk.size() < chunkSize) {
                return handed;
            }
            after = chunk.get(chunk.size() - 1).cursor();
        }
    }

    @Override
    public Optional<JournalRow> findRow(long id) {
        return rows(JournalSql.byId(id)).stream().findFirst();
    }

    @Override
    public List<JournalRow> referencing(long originalId) {
        return rows(JournalSql.referencing(originalId));
    }

    @Override
    public List<StatementMatch> statementLines(long transactionId) {
        String sql = "select l.id, s.id, s.acquirer, s.file_name, s.clearing_date, l.line_number, l.type,"
                + " l.amount_minor, l.fee_minor, l.currency, l.match_outcome from statement_line l"
                + " join statement s on s.id = l.statement_id where l.matched_transaction_id = ?"
                + " order by s.clearing_date, l.id";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, transactionId);
            List<StatementMatch> lines = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long fee = r.getLong(9);
                    Long feeMinor = r.wasNull() ? null : fee;
                    lines.add(new StatementMatch(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4),
                            r.getDate(5).toLocalDate(), r.getInt(6), r.getString(7), r.getLong(8), feeMinor,
                            r.getString(10), r.getString(11)));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private List<JournalRow> rows(JournalSql.Statement statement) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = statement.prepare(c);
             ResultSet r = s.executeQuery()) {
            List<JournalRow> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(JournalSql.read(r));
            }
            return rows;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static PersistenceException failed(SQLException e) {
        return new PersistenceException("journal search failed: " + e.getMessage(), e);
    }
}
