package org.posdesk.application.statement.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.posdesk.application.internal.AuditTrail;
import org.posdesk.application.statement.ImportPage;
import org.posdesk.application.statement.ImportProblemRow;
import org.posdesk.application.statement.ImportState;
import org.posdesk.application.statement.ImportView;

/**
 * The {@code statement_import} rows: each write is a transaction of its own, so an import's start,
 * progress and refusal are visible (to every node) while, or although, its load transaction has
 * not committed. Times are stored as UTC, as Hibernate stores instants.
 */
@Stateless
public class ImportRecords {

    static final String EVENT = "STATEMENT_IMPORT";
    private static final String VIEW = "select i.id, i.file_name, i.profile, i.bad_line_policy, i.source, i.started_by,"
            + " i.started_at, i.finished_at, i.state, i.size_bytes, i.bytes_read, i.lines_read, i.lines_imported,"
            + " i.bad_lines, i.message, i.statement_id, s.state as statement_state, s.clearing_date"
            + " from statement_import i left join statement s on s.id = i.statement_id";

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;
    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long begin(ImportRequest request, long sizeBytes) {
        try (Connection c = dataSource.getConnection()) {
            long id = Sql.nextId(c, "statement_import_seq");
            LocalDateTime now = utc(clock.instant());
            Sql.update(c, "insert into statement_import (id, file_name, profile, bad_line_policy, source, started_by,"
                    + " started_at, updated_at, state, size_bytes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
                    cut(request.fileName(), 255), request.profile().name(), request.profile().badLines().name(),
                    request.source(), cut(request.startedBy(), 64), now, now, ImportState.RUNNING.name(), sizeBytes);
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the import of " + request.fileName(), e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progress(long id, long bytesRead, int linesRead) {
        try (Connection c = dataSource.getConnection()) {
            Sql.update(c, "update statement_import set bytes_read = ?, lines_read = ?, updated_at = ? where id = ?"
                    + " and state = 'RUNNING'", bytesRead, linesRead, utc(clock.instant()), id);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the progress of import " + id, e);
        }
    }

    /**
     * Imports whose node stopped part-way: progress is written every second while lines are read,
     * so a RUNNING row quiet for {@code quiet} belongs to no live import. They end FAILED, saying
     * so, instead of showing "importing" for ever; their load transaction never committed, so no
     * line of theirs is stored, and a drop-folder file is still in the folder for the next pick-up.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int failStale(java.time.Duration quiet) {
        java.time.Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            return Sql.update(c, "update statement_import set state = 'FAILED', message = ?, finished_at = ?,"
                    + " updated_at = ? where state = 'RUNNING' and updated_at < ?",
                    "interrupted: its server stopped before the import finished; nothing of it was stored."
                    + " A file in the drop folder is imported again; upload an uploaded file again",
                    utc(now), utc(now), utc(now.minus(quiet)));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close interrupted imports", e);
        }
    }

    /** A refused or failed import, with its report, audited in the same transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refuse(long id, ImportRequest request, ImportState state, String hash, LoadOutcome outcome) {
        try (Connection c = dataSource.getConnection()) {
            Sql.update(c, "update statement_import set state = ?, content_hash = ?, bytes_read = ?, lines_read = ?,"
                    + " bad_lines = ?, message = ?, finished_at = ?, updated_at = ? where id = ?", state.name(), hash,
                    outcome.bytesRead(), outcome.linesRead(), outcome.badLines(), cut(outcome.message(), 500),
                    utc(clock.instant()), utc(clock.instant()), id);
            insertProblems(c, id, outcome.problems());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the refusal of import " + id, e);
        }
        audit.record(request.startedBy(), EVENT, AuditTrail.FAILURE, request.origin(), "statement_import",
                Long.toString(id), detail(request, state.name() + ": " + outcome.message()));
    }

    static void insertProblems(Connection c, long id, List<ImportProblemRow> problems) throws SQLException {
        if (problems.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "insert into statement_import_problem (import_id, line_number, field, reason) values (?, ?, ?, ?)")) {
            for (ImportProblemRow p : problems) {
                s.setLong(1, id);
                s.setInt(2, p.lineNumber());
                s.setString(3, p.field());
                s.setString(4, p.reason());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static String detail(ImportRequest request, String outcome) {
        return cut(request.profile().name() + " " + request.fileName() + " (" + request.source() + "): " + outcome, 1000);
    }

    /** The statement already imported from this content, if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> importedBefore(String hash) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id, file_name, imported_at from statement where content_hash = ?")) {
            s.setString(1, hash);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(alreadyImported(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDateTime.class))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look for earlier statements", e);
        }
    }

    static String alreadyImported(long statementId, String fileName, LocalDateTime at) {
        return "this file was imported before (statement " + statementId + ", " + fileName
                + (at == null ? "" : ", " + at.toLocalDate() + " UTC") + "); a file is imported once";
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ImportView> find(long id) {
        List<ImportView> rows = query(VIEW + " where i.id = ?", List.of(id));
        return rows.stream().findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ImportPage list(ImportPage.Cursor after, int size) {
        int limit = Math.max(1, Math.min(size, 200));
        List<ImportView> rows = after == null ? query(listSql(false, limit + 1), List.of())
                : query(listSql(true, limit + 1), List.of(utc(after.startedAt()), utc(after.startedAt()), after.id()));
        ImportPage.Cursor next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            ImportView last = rows.get(limit - 1);
            next = new ImportPage.Cursor(last.startedAt(), last.id());
        }
        return new ImportPage(List.copyOf(rows), next);
    }

    /** The list's statement (public for the plan check in the ITs): newest first, by the (started_at, id) index. */
    public static String listSql(boolean keyset, int limit) {
        return VIEW + (keyset ? " where (i.started_at < ? or (i.started_at = ? and i.id < ?))" : "")
                + " order by i.started_at desc, i.id desc limit " + limit;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ImportProblemRow> problems(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select line_number, field, reason from statement_import_problem"
                     + " where import_id = ? order by line_number")) {
            s.setLong(1, id);
            List<ImportProblemRow> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ImportProblemRow(rs.getInt(1), rs.getString(2), rs.getString(3)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the report of import " + id, e);
        }
    }

    private List<ImportView> query(String sql, List<Object> params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            List<ImportView> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(view(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read statement imports", e);
        }
    }

    private static ImportView view(ResultSet rs) throws SQLException {
        long statementId = rs.getLong("statement_id");
        Long statement = rs.wasNull() ? null : statementId;
        return new ImportView(rs.getLong("id"), rs.getString("file_name"), rs.getString("profile"),
                rs.getString("bad_line_policy"), rs.getString("source"), rs.getString("started_by"),
                instant(rs.getObject("started_at", LocalDateTime.class)),
                instant(rs.getObject("finished_at", LocalDateTime.class)), ImportState.valueOf(rs.getString("state")),
                rs.getLong("size_bytes"), rs.getLong("bytes_read"), rs.getInt("lines_read"), rs.getInt("lines_imported"),
                rs.getInt("bad_lines"), rs.getString("message"), statement, rs.getString("statement_state"),
                rs.getObject("clearing_date", LocalDate.class));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

}
