package org.posdesk.application.statement.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.posdesk.application.internal.AuditTrail;
import org.posdesk.application.statement.ImportState;
import org.posdesk.application.statement.format.BadLinePolicy;
import org.posdesk.application.statement.format.LineOutcome;
import org.posdesk.application.statement.format.StatementFormatException;
import org.posdesk.application.statement.format.StatementProfile;
import org.posdesk.application.statement.format.StatementReader;

/**
 * Loads one statement in one transaction: the statement row, every line (bulk inserts), the import
 * row's outcome and the audit entry commit together, or nothing does. A refusal (bad lines under
 * all-or-nothing, a summary that does not add up, a file imported before) rolls back and is
 * returned for the caller to record. Progress goes out every second in transactions of its own.
 */
@Stateless
public class ImportLoader {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;
    private static final String DUPLICATE_KEY = "23000";

    @Resource
    private SessionContext context;
    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;
    @EJB
    private ImportRecords records;
    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoadOutcome load(long importId, ImportRequest request, String hash, LocalDate clearingDate) {
        StatementProfile profile = request.profile();
        Problems problems = new Problems();
        int linesRead = 0;
        long bytesRead = 0;
        try (StatementSource.Opened source = StatementSource.open(request.file(), request.fileName());
             Connection c = dataSource.getConnection()) {
            long statementId = Sql.nextId(c, "statement_seq");
            LocalDate provisional = clearingDate != null ? clearingDate : LocalDate.now(BEIJING);
            insertStatement(c, statementId, request, hash, provisional);
            StatementReader reader = StatementReader.open(profile, source.content(), clearingDate);
            boolean inserting = true;
            long lastProgress = System.nanoTime();
            try (LineSink lines = LineSink.open(c, statementId)) {
                for (LineOutcome line = reader.next(); line != null; line = reader.next()) {
                    linesRead++;
                    if (line instanceof LineOutcome.Parsed parsed) {
                        if (inserting) {
                            lines.add(parsed.data());
                        }
                    } else {
                        problems.add((LineOutcome.Bad) line);
                        inserting = profile.badLines() == BadLinePolicy.GOOD_LINES;
                    }
                    if (System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
                        records.progress(importId, source.deliveredBytesRead().get(), linesRead);
                        lastProgress = System.nanoTime();
                    }
                }
                reader.finish();
                bytesRead = source.deliveredBytesRead().get();
                if (!inserting) {
                    return refused(bytesRead, linesRead, problems, problems.count() + " bad line(s); this acquirer's"
                            + " statements are imported whole or not at all");
                }
                lines.flush();
                LocalDate clearing = clearingDate != null ? clearingDate
                        : reader.latestDate() != null ? reader.latestDate() : provisional;
                Sql.update(c, "update statement set line_count = ?, clearing_date = ?, institution = ?, file_type = ?"
                        + " where id = ?", lines.written(), clearing, ImportRecords.cut(reader.institution(), 32),
                        ImportRecords.cut(profile.fileTypeOf(request.fileName()), 16), statementId);
                List<Long> replaced = StatementReplacement.replaceEarlier(c, statementId);
                Sql.update(c, "update statement_import set state = ?, content_hash = ?, bytes_read = ?, lines_read = ?,"
                        + " lines_imported = ?, bad_lines = ?, message = ?, statement_id = ?, finished_at = ?,"
                        + " updated_at = ? where id = ?", ImportState.IMPORTED.name(), hash, bytesRead, linesRead,
                        lines.written(), problems.count(), message(problems, replaced),
                        statementId, ImportRecords.utc(clock.instant()), ImportRecords.utc(clock.instant()), importId);
                ImportRecords.insertProblems(c, importId, problems.kept());
                audit.record(request.startedBy(), ImportRecords.EVENT, AuditTrail.SUCCESS, request.origin(),
                        "statement", Long.toString(statementId), ImportRecords.detail(request, "imported "
                                + lines.written() + " lines, " + problems.count() + " bad"
                                + (replaced.isEmpty() ? "" : ", replacing statement " + replaced)));
                return new LoadOutcome(true, null, bytesRead, linesRead, problems.count(), problems.kept());
            }
        } catch (StatementFormatException e) {
            return refused(bytesRead, linesRead, problems, e.getMessage());
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState()) && e.getMessage() != null
                    && e.getMessage().contains("uq_statement_content_hash")) {
                return refused(bytesRead, linesRead, problems, "this file was imported before (at the same time,"
                        + " on another node); a file is imported once");
            }
            throw new IllegalStateException("cannot write statement lines", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + request.fileName(), e);
        }
    }

    private static String message(Problems problems, List<Long> replaced) {
        String bad = problems.count() == 0 ? null
                : problems.count() + " bad line(s) reported; the good lines are imported";
        if (replaced.isEmpty()) {
            return bad;
        }
        String replacing = "a re-delivery: replaces statement " + replaced.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "));
        return bad == null ? replacing : bad + "; " + replacing;
    }

    private LoadOutcome refused(long bytesRead, int linesRead, Problems problems, String message) {
        context.setRollbackOnly();
        return new LoadOutcome(false, message, bytesRead, linesRead, problems.count(), problems.kept());
    }

    private void insertStatement(Connection c, long id, ImportRequest request, String hash, LocalDate clearingDate)
            throws SQLException {
        Sql.update(c, "insert into statement (id, acquirer, file_name, content_hash, clearing_date, imported_at,"
                + " line_count, state, version, file_type) values (?, ?, ?, ?, ?, ?, 0, 'IMPORTED', 0, ?)", id,
                request.profile().name(), ImportRecords.cut(request.fileName(), 255), hash, clearingDate,
                ImportRecords.utc(clock.instant()), ImportRecords.cut(request.profile().fileType(), 16));
    }
}
