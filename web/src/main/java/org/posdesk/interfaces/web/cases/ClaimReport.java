package org.posdesk.interfaces.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.casework.CaseActionRefusedException;
import org.posdesk.application.casework.Casework;
import org.posdesk.application.casework.ClaimForm;
import org.posdesk.interfaces.web.i18n.Messages;

/**
 * "Report a missing order": what the customer and the slip say. Opens the case and shows it; the
 * service checks that the terminal and store are the caller's.
 */
@Named
@ViewScoped
public class ClaimReport implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Casework casework;
    @Inject
    private Messages messages;

    private Long merchantId;
    private String tid;
    private String orderNumber;
    private BigDecimal amount;
    private LocalDateTime time;
    private String lastFour;
    private String stan;
    private String rrn;
    private String authCode;
    private String note;

    /** "The customer says they paid this order": a case straight from the order's facts. */
    public String reportOrder(long orderId) {
        try {
            long id = casework.openFromOrder(orderId, note);
            return "/case.xhtml?faces-redirect=true&id=" + id;
        } catch (CaseActionRefusedException e) {
            warn(messages.get("case.refused." + e.reason()));
        } catch (AccessDeniedException e) {
            warn(messages.get("case.refused.denied"));
        }
        return null;
    }

    public String submit() {
        try {
            long minor = amount == null ? -1 : amount.movePointRight(2).longValueExact();
            long id = casework.openFromClaim(new ClaimForm(merchantId, null, tid, orderNumber,
                    amount == null ? null : minor, time, lastFour, stan, rrn, authCode, note));
            return "/case.xhtml?faces-redirect=true&id=" + id;
        } catch (CaseActionRefusedException e) {
            warn(messages.get("case.refused." + e.reason()));
        } catch (AccessDeniedException e) {
            warn(messages.get("case.refused.denied"));
        } catch (ArithmeticException e) {
            warn(messages.get("case.refused.amount"));
        }
        return null;
    }

    private static void warn(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public void setMerchantId(Long merchantId) {
        this.merchantId = merchantId;
    }

    public String getTid() {
        return tid;
    }

    public void setTid(String tid) {
        this.tid = tid;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDateTime getTime() {
        return time;
    }

    public void setTime(LocalDateTime time) {
        this.time = time;
    }

    public String getLastFour() {
        return lastFour;
    }

    public void setLastFour(String lastFour) {
        this.lastFour = lastFour;
    }

    public String getStan() {
        return stan;
    }

    public void setStan(String stan) {
        this.stan = stan;
    }

    public String getRrn() {
        return rrn;
    }

    public void setRrn(String rrn) {
        this.rrn = rrn;
    }

    public String getAuthCode() {
        return authCode;
    }

    public void setAuthCode(String authCode) {
        this.authCode = authCode;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
