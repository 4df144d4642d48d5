package org.posdesk.interfaces.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.audit.ExportTrail;
import org.posdesk.application.casework.Candidate;
import org.posdesk.application.casework.CandidateFinder;
import org.posdesk.application.casework.CaseDetail;
import org.posdesk.application.casework.Casework;
import org.posdesk.application.search.TransactionDetail;
import org.posdesk.application.search.TransactionSearch;
import org.posdesk.application.terminals.GapRow;
import org.posdesk.application.terminals.TerminalPages;

/**
 * The evidence pack of a case ({@code case-evidence.xhtml?id=}), printable and as CSV: the claim
 * and its history, the payment the case names (or the best candidate) with every message that
 * touched it and its batch, the best candidates with their reasons, and the terminal's offline
 * gaps within a day of the claimed time. For staff, who hand it to the acquirer; taking it is
 * audited like any export.
 */
@Named
@ViewScoped
public class CaseEvidence implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int CANDIDATES = 5;
    private static final Duration GAPS_AROUND = Duration.ofDays(1);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @EJB
    private Casework casework;
    @EJB
    private CandidateFinder finder;
    @EJB
    private TransactionSearch transactions;
    @EJB
    private TerminalPages terminalPages;
    @EJB
    private ExportTrail exportTrail;

    private Long id;
    private transient Pack pack;

    /** What the pack holds; parts that do not exist are null or empty. */
    public record Pack(CaseDetail detail, TransactionDetail transaction, List<Candidate> candidates, List<GapRow> gaps) {
    }

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new AccessDeniedException("not found");
            }
            pack = assemble(id);
            exportTrail.exported("case_evidence", "case " + id);
        } catch (AccessDeniedException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "not found");
            faces.responseComplete();
        }
    }

    Pack assemble(long caseId) {
        CaseDetail detail = casework.detail(caseId);
        if (!detail.staffView()) {
            throw new AccessDeniedException("the evidence pack is for the help desk");
        }
        List<Candidate> candidates = finder.candidates(caseId).candidates().stream().limit(CANDIDATES).toList();
        Long transactionId = detail.transactionId() != null ? detail.transactionId()
                : candidates.stream().filter(c -> "JOURNAL".equals(c.kind())).map(Candidate::id).findFirst().orElse(null);
        TransactionDetail transaction = transactionId == null ? null : transactions.detail(transactionId);
        String tid = detail.row().tid() != null ? detail.row().tid()
                : transaction == null ? null : transaction.transaction().tid();
        return new Pack(detail, transaction, candidates, tid == null ? List.of() : gaps(tid, around(detail, transaction)));
    }

    private static Instant around(CaseDetail detail, TransactionDetail transaction) {
        LocalDateTime local = detail.row().claimedTime() != null ? detail.row().claimedTime()
                : transaction != null ? transaction.transaction().terminalTime() : null;
        return local == null ? detail.row().openedAt() : local.atZone(ZONE).toInstant();
    }

    private List<GapRow> gaps(String tid, Instant at) {
        Instant from = at.minus(GAPS_AROUND);
        Instant to = at.plus(GAPS_AROUND);
        return terminalPages.detail(tid).gaps().stream()
                .filter(g -> g.startedAt().isBefore(to) && (g.endedAt() == null || g.endedAt().isAfter(from)))
                .toList();
    }

    public Pack getPack() {
        return pack;
    }

    public String time(Instant at) {
        return CaseFormats.time(at);
    }

    public String local(LocalDateTime at) {
        return CaseFormats.local(at);
    }

    public BigDecimal amount(Long minor) {
        return CaseFormats.amount(minor);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
