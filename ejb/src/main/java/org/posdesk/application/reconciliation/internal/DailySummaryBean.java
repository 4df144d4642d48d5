package org.posdesk.application.reconciliation.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.posdesk.application.reconciliation.DailySummary;
import org.posdesk.domain.reconciliation.DayFigures;
import org.posdesk.domain.reconciliation.ReconciliationRepository;
import org.posdesk.infrastructure.config.Settings;

/**
 * Files land in {@code <summary.dir>/<day>/<MID>.csv} (POSDESK_SUMMARY_DIR), written to a
 * temporary file and moved into place, so a reader never sees half a file and a second run simply
 * replaces the first.
 */
@Stateless
public class DailySummaryBean implements DailySummary {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String HEADER = "day,mid,merchant,tid,type,count,amount,open_discrepancies";

    @Inject
    private ReconciliationRepository repository;

    @Override
    public List<Path> writeYesterday() {
        return write(LocalDate.now(BEIJING).minusDays(1));
    }

    @Override
    public List<Path> write(LocalDate day) {
        Map<Long, List<DayFigures>> byMerchant = new LinkedHashMap<>();
        for (DayFigures f : repository.dayFigures(day.atStartOfDay(), day.plusDays(1).atStartOfDay())) {
            byMerchant.computeIfAbsent(f.merchantId(), k -> new ArrayList<>()).add(f);
        }
        Map<Long, Long> open = repository.openDiscrepanciesByMerchant();
        Path folder = folder().resolve(day.toString());
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (List<DayFigures> rows : byMerchant.values()) {
                written.add(writeOne(folder, day, rows, open.getOrDefault(rows.get(0).merchantId(), 0L)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the daily summary to " + folder, e);
        }
        return written;
    }

    private static Path writeOne(Path folder, LocalDate day, List<DayFigures> rows, long openDiscrepancies)
            throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (DayFigures f : rows) {
            csv.append(String.join(",", day.toString(), cell(f.mid()), cell(f.merchantName()), cell(f.tid()),
                    f.type(), String.valueOf(f.count()), yuan(f.amountMinor()), String.valueOf(openDiscrepancies)))
                    .append("\r\n");
        }
        // The MID names the file; it is 15 letters and digits, never a path.
        Path target = folder.resolve(rows.get(0).mid().replaceAll("[^A-Za-z0-9]", "_") + ".csv");
        Path temp = Files.createTempFile(folder, ".summary", ".tmp");
        Files.writeString(temp, csv, StandardCharsets.UTF_8);
        return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** RFC 4180 quoting and formula defusing, as the portal's CsvCells does (that class lives in the web module). */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static Path folder() {
        return Path.of(Settings.get("summary.dir").orElseGet(() ->
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"))
                        + "/posdesk/summaries"));
    }
}
