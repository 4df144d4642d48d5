package org.posdesk.interfaces.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.posdesk.application.casework.Candidate;
import org.posdesk.application.casework.CandidateReason;
import org.posdesk.application.casework.CaseDetail;
import org.posdesk.application.casework.CaseRow;
import org.posdesk.application.terminals.GapRow;

class CaseEvidenceCsvTest {

    private static final Instant AT = Instant.parse("2026-11-20T04:00:00Z");
    private static final LocalDateTime NOON = LocalDateTime.of(2026, 11, 20, 12, 0);

    @Test
    void everyPartIsASectionAndTypedTextCannotBecomeAFormula() {
        CaseRow row = new CaseRow(7, 1, "=HYPERLINK(\"x\")", "10000002", "A-1", 4_250L, "CNY", NOON, "6011",
                "ESCALATED", null, "MERCHANT_REPORT", "agent1", AT, AT.plusSeconds(3600), false);
        CaseDetail detail = new CaseDetail(row, "Xuhui", "000123", null, null, null, null, "merchant1", null,
                List.of(new CaseDetail.TransitionView(null, "OPEN", AT, "merchant1", "case opened")), List.of(), true);
        Candidate candidate = new Candidate("JOURNAL", 42, "10000002", 3, "000123", null, null, 4_250, "CNY", NOON,
                AT, "6011", "SALE", "APPROVED", "OFFLINE", null, 60,
                List.of(new CandidateReason("AMOUNT_EXACT", 30, "42.50"), new CandidateReason("VOIDED", -40, "")), true);
        GapRow gap = new GapRow(1, AT.minusSeconds(600), AT.plusSeconds(600), 1200, 2, false, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CaseEvidenceCsv.write(out, new CaseEvidence.Pack(detail, null, List.of(candidate), List.of(gap)));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFsection,field,value,more");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("case,amount,42.50,CNY"))
                .anySatisfy(l -> assertThat(l).startsWith("history,2026-11-20 12:00:00,OPEN"))
                .anySatisfy(l -> assertThat(l).isEqualTo("candidate,JOURNAL 42,60,AMOUNT_EXACT+30 VOIDED-40"))
                .anySatisfy(l -> assertThat(l).startsWith("gap,2026-11-20 11:50:00,2026-11-20 12:10:00"))
                .noneSatisfy(l -> assertThat(l).contains(",=HYPERLINK"));
    }
}
