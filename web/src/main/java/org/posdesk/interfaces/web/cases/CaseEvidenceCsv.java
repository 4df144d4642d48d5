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
import org.posdesk.application.casework.Candidate;
import org.posdesk.application.casework.CaseDetail;
import org.posdesk.application.search.TransactionDetail;
import org.posdesk.application.terminals.GapRow;
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

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(" "));
    }

    static void write(OutputStream out, CaseEvidence.Pack pack) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CaseDetail d = pack.detail();
            CsvLines.line(writer, "section", "field", "value", "more");
            CsvLines.line(writer, "case", "id", d.row().id(), "");
            CsvLines.line(writer, "case", "merchant", (d.row().merchantName()), "");
            CsvLines.line(writer, "case", "state", d.row().state(), (d.row().resolutionKind()));
            CsvLines.line(writer, "case", "terminal", (d.row().tid()), (d.storeName()));
            CsvLines.line(writer, "case", "order", (d.row().orderNumber()), "");
            CsvLines.line(writer, "case", "amount", CaseFormats.amount(d.row().amountMinor()), (d.row().currency()));
            CsvLines.line(writer, "case", "claimed time", CaseFormats.local(d.row().claimedTime()), "");
            CsvLines.line(writer, "case", "card last four", (d.row().cardLastFour()), "");
            CsvLines.line(writer, "case", "stan / rrn / auth", d.stan(), join(d.rrn(), d.authCode()));
            for (CaseDetail.TransitionView t : d.transitions()) {
                CsvLines.line(writer, "history", CaseFormats.time(t.at()), t.toState(), (t.actor() + ": " + t.reason()));
            }
            TransactionDetail tx = pack.transaction();
            if (tx != null) {
                var row = tx.transaction();
                CsvLines.line(writer, "transaction", "id", row.id(), (row.tid() + " batch " + row.batchNumber()
                        + " stan " + row.stan()));
                CsvLines.line(writer, "transaction", "time", CaseFormats.local(row.terminalTime()), CaseFormats.time(tx.receivedAt()));
                CsvLines.line(writer, "transaction", "amount", row.amount(), row.currency());
                CsvLines.line(writer, "transaction", "status", row.type() + " " + row.status(), row.origin());
                CsvLines.line(writer, "transaction", "card", row.maskedCard(), join(row.rrn(), row.authCode()));
                if (tx.batch() != null) {
                    CsvLines.line(writer, "batch", String.valueOf(tx.batch().number()), tx.batch().state(),
                            CaseFormats.time(tx.batch().openedAt()));
                }
                for (TransactionDetail.TrailEvent e : tx.trail()) {
                    CsvLines.line(writer, "message", e.kind(), e.at() == null ? String.valueOf(e.day()) : CaseFormats.time(e.at()),
                            join(e.reference(), e.outcome()));
                }
            }
            for (Candidate c : pack.candidates()) {
                CsvLines.line(writer, "candidate", c.kind() + " " + c.id(), c.score(), (c.reasons().stream()
                        .map(r -> r.code() + (r.points() >= 0 ? "+" : "") + r.points()).collect(Collectors.joining(" "))));
            }
            for (GapRow g : pack.gaps()) {
                CsvLines.line(writer, "gap", CaseFormats.time(g.startedAt()), g.endedAt() == null ? "open" : CaseFormats.time(g.endedAt()),
                        g.offlineCount() + " offline sales");
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("evidence export interrupted", e);
        }
    }
}
