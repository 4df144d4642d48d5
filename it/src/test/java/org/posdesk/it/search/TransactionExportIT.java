package org.posdesk.it.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.search.ExportColumn;
import org.posdesk.application.search.ExportFile;
import org.posdesk.application.search.ExportFormat;
import org.posdesk.application.search.ExportStatus;
import org.posdesk.application.search.SearchCursor;
import org.posdesk.application.search.SearchPage;
import org.posdesk.application.search.TransactionExport;
import org.posdesk.application.search.TransactionFilter;
import org.posdesk.application.search.TransactionSearch;
import org.posdesk.it.CardDataScanner;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * Exports hold exactly the rows the search selects, in its order, with cards masked; they read the
 * journal a chunk at a time while writing (nothing collected first); background exports report
 * progress and belong to whoever started them.
 */
@ExtendWith(ArquillianExtension.class)
class TransactionExportIT {

    private static final List<String> HEADER = Arrays.stream(ExportColumn.values()).map(ExportColumn::key).toList();
    private static final int TID = ExportColumn.TID.ordinal();
    private static final int STAN = ExportColumn.STAN.ordinal();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(TransactionExportIT.class, SearchCallers.BEANS);
    }

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;
    @EJB
    private AsMerchantA asA;
    @EJB
    private AsMerchantB asB;
    @EJB
    private TransactionSearch search;
    @EJB
    private TransactionExport export;

    private TestTenant a;
    private SearchWindow window;

    @BeforeEach
    void tenants() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            a = SearchCallers.tenants(c)[0];
            window = SearchWindow.fresh(c);
        }
    }

    @Test
    void csvAndXlsxHoldExactlyTheRowsTheSearchSelectsInItsOrder() throws Exception {
        insert(2_345, n -> n % 3 == 0 ? "OFFLINE" : "ONLINE");
        TransactionFilter onlineFromFive = new TransactionFilter(window.from(), window.to(), null, null, null, null,
                500L, null, null, null, null, null, null, "ONLINE", null);
        List<String> searched = allPages(onlineFromFive);

        byte[] csvFile = exportAs(ExportFormat.CSV, onlineFromFive);
        byte[] xlsxFile = exportAs(ExportFormat.XLSX, onlineFromFive);
        List<List<String>> csv = ExportFiles.csv(csvFile);
        List<List<String>> xlsx = ExportFiles.xlsx(xlsxFile);
        CardDataScanner.assertCleanFile("transaction export CSV", csvFile);
        CardDataScanner.assertCleanFile("transaction export XLSX", xlsxFile);

        assertThat(searched).hasSizeGreaterThan(1_000); // more than one chunk
        assertThat(csv.get(0)).isEqualTo(HEADER);
        assertThat(keys(csv)).containsExactlyElementsOf(searched);
        assertThat(xlsx.get(0)).isEqualTo(HEADER);
        assertThat(keys(xlsx)).containsExactlyElementsOf(searched);
        assertThat(csv.subList(1, csv.size())).allSatisfy(row -> {
            assertThat(row.get(ExportColumn.CARD.ordinal())).matches("622202\\*{4}[0-9]{4}");
            assertThat(row.get(ExportColumn.ORIGIN.ordinal())).isEqualTo("ONLINE");
            assertThat(Double.parseDouble(row.get(ExportColumn.AMOUNT.ordinal()))).isGreaterThanOrEqualTo(5.0);
        });
        assertThat(csv.subList(1, csv.size())).isEqualTo(xlsx.subList(1, xlsx.size()));
    }

    @Test
    void theExportReadsTheJournalWhileItWritesInsteadOfCollectingItFirst() throws Exception {
        insert(2_500, n -> "ONLINE");
        TransactionFilter all = TransactionFilter.window(window.from(), window.to());
        // On the file's first bytes, a row is added at the very end of the search order; only an
        // export that goes on reading after it has started writing can contain it.
        OutputStream addsARowWhenWritingStarts = new ByteArrayOutputStream() {
            private boolean added;

            @Override
            public synchronized void write(byte[] bytes, int offset, int length) {
                if (!added) {
                    added = true;
                    addRow(new JournalEntry(a.tids.get(3), window.batch(), 9_999, window.from()));
                }
                super.write(bytes, offset, length);
            }
        };

        long written = asA.call(() -> export.export(all, ExportFormat.CSV, HEADER, addsARowWhenWritingStarts));

        List<List<String>> rows = ExportFiles.csv(((ByteArrayOutputStream) addsARowWhenWritingStarts).toByteArray());
        assertThat(written).isEqualTo(2_501);
        assertThat(rows).hasSize(2_502);
        assertThat(rows.get(rows.size() - 1).get(STAN)).isEqualTo("009999");
    }

    @Test
    void aBackgroundExportReportsProgressAndBelongsToWhoeverStartedIt() throws Exception {
        insert(1_500, n -> "ONLINE");
        TransactionFilter all = TransactionFilter.window(window.from(), window.to());

        ExportStatus started = asA.call(() -> export.start(all, ExportFormat.XLSX, HEADER));
        ExportStatus status = started;
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (status.state() == ExportStatus.State.RUNNING && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
            status = asA.call(() -> export.status(started.jobId()));
        }

        assertThat(status.state()).isEqualTo(ExportStatus.State.DONE);
        assertThat(status.written()).isEqualTo(1_500);
        assertThat(status.expected()).isEqualTo(1_500);
        assertThat(status.percent()).isEqualTo(100);
        assertThat(status.fileName()).endsWith(".xlsx");
        ExportFile file = asA.call(() -> export.file(started.jobId()));
        byte[] xlsxFile = Files.readAllBytes(file.path());
        assertThat(ExportFiles.xlsx(xlsxFile)).hasSize(1_501);
        CardDataScanner.assertCleanFile("background export XLSX", xlsxFile);
        assertThatThrownBy(() -> asB.call(() -> export.status(started.jobId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asB.call(() -> export.file(started.jobId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(auditedExports(started.jobId())).isEqualTo(1);
    }

    private long auditedExports(String jobId) throws SQLException {
        try (Connection c = dataSource.getConnection(); java.sql.PreparedStatement s = c.prepareStatement(
                "select count(*) from audit_entry where username = ? and event = 'EXPORT_TRANSACTIONS'"
                        + " and target_id = ?")) {
            s.setString(1, SearchCallers.MERCHANT_A);
            s.setString(2, jobId);
            try (java.sql.ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private byte[] exportAs(ExportFormat format, TransactionFilter filter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        asA.call(() -> export.export(filter, format, HEADER, out));
        return out.toByteArray();
    }

    private List<String> allPages(TransactionFilter filter) throws Exception {
        List<String> keys = new ArrayList<>();
        SearchCursor cursor = null;
        do {
            SearchCursor after = cursor;
            SearchPage page = asA.call(() -> search.search(filter, after, 200));
            page.rows().forEach(row -> keys.add(row.tid() + "/" + row.stan()));
            cursor = page.next();
        } while (cursor != null);
        return keys;
    }

    private static List<String> keys(List<List<String>> rows) {
        return rows.subList(1, rows.size()).stream().map(row -> row.get(TID) + "/" + row.get(STAN)).toList();
    }

    private void insert(int count, java.util.function.IntFunction<String> origin) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (int n = 1; n <= count; n++) {
                new JournalEntry(a.tids.get(n % 4), window.batch(), n, window.at(1 + n % 1_400))
                        .amount(n * 7L % 3_000).card("622202", "%04d".formatted(n % 10_000))
                        .kind("SALE", "APPROVED", origin.apply(n)).insert(c);
            }
        }
    }

    private void addRow(JournalEntry entry) {
        try (Connection c = dataSource.getConnection()) {
            entry.insert(c);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
