package org.posdesk.interfaces.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.posdesk.application.casework.Candidate;
import org.posdesk.application.casework.CaseDetail;
import org.posdesk.application.search.TransactionDetail;
import org.posdesk.application.terminals.GapRow;
import org.posdesk.interfaces.web.csv.CsvCells;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The evidence pack as one CSV: a section per part (case, history, transaction, messages,
 * candidates, gaps), one row per fact, so the acquirer's tools can read it and a person can too.
 */
@Named
@RequestScoped
public class CaseEvidenceCsv {

    @Inject
    private CaseEvidence evidence;

    public StreamedContent getFile() {
        CaseEvidence.Pack pack = evidence.getPack();
        return DefaultStreamedContent.builder().name("case-" + pack.detail().row().id() + "-evidence.csv")
                .contentType("text/csv; charset=UTF-8").writer(out -> write(out, pack)).build();
    }

    static void write(OutputStream out, CaseEvidence.Pack pack) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
            CaseDetail d = pack.detail();
            csv.printRecord("section", "field", "value", "more");
            csv.printRecord("case", "id", d.row().id(), "");
            csv.printRecord("case", "merchant", CsvCells.cell(d.row().merchantName()), "");
            csv.printRecord("case", "state", d.row().state(), CsvCells.cell(d.row().resolutionKind()));
            csv.printRecord("case", "terminal", CsvCells.cell(d.row().tid()), CsvCells.cell(d.storeName()));
            csv.printRecord("case", "order", CsvCells.cell(d.row().orderNumber()), "");
            csv.printRecord("case", "amount", CaseFormats.amount(d.row().amountMinor()), CsvCells.cell(d.row().currency()));
            csv.printRecord("case", "claimed time", CaseFormats.local(d.row().claimedTime()), "");
            csv.printRecord("case", "card last four", CsvCells.cell(d.row().cardLastFour()), "");
            csv.printRecord("case", "stan / rrn / auth", CsvCells.cell(d.stan()), CsvCells.cell(d.rrn()) + " " + CsvCells.cell(d.authCode()));
            for (CaseDetail.TransitionView t : d.transitions()) {
                csv.printRecord("history", CaseFormats.time(t.at()), t.toState(), CsvCells.cell(t.actor() + ": " + t.reason()));
            }
            TransactionDetail tx = pack.transaction();
            if (tx != null) {
                var row = tx.transaction();
                csv.printRecord("transaction", "id", row.id(), CsvCells.cell(row.tid() + " batch " + row.batchNumber()
                        + " stan " + row.stan()));
                csv.printRecord("transaction", "time", CaseFormats.local(row.terminalTime()), CaseFormats.time(tx.receivedAt()));
                csv.printRecord("transaction", "amount", row.amount(), row.currency());
                csv.printRecord("transaction", "status", row.type() + " " + row.status(), row.origin());
                csv.printRecord("transaction", "card", CsvCells.cell(row.maskedCard()), CsvCells.cell(row.rrn()) + " "
                        + CsvCells.cell(row.authCode()));
                if (tx.batch() != null) {
                    csv.printRecord("batch", String.valueOf(tx.batch().number()), tx.batch().state(),
                            CaseFormats.time(tx.batch().openedAt()));
                }
                for (TransactionDetail.TrailEvent e : tx.trail()) {
                    csv.printRecord("message", e.kind(), e.at() == null ? String.valueOf(e.day()) : CaseFormats.time(e.at()),
                            CsvCells.cell(e.reference()) + " " + CsvCells.cell(e.outcome()));
                }
            }
            for (Candidate c : pack.candidates()) {
                csv.printRecord("candidate", c.kind() + " " + c.id(), c.score(), CsvCells.cell(c.reasons().stream()
                        .map(r -> r.code() + (r.points() >= 0 ? "+" : "") + r.points()).collect(Collectors.joining(" "))));
            }
            for (GapRow g : pack.gaps()) {
                csv.printRecord("gap", CaseFormats.time(g.startedAt()), g.endedAt() == null ? "open" : CaseFormats.time(g.endedAt()),
                        g.offlineCount() + " offline sales");
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("evidence export interrupted", e);
        }
    }
}
