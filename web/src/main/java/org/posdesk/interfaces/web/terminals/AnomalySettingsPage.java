package org.posdesk.interfaces.web.terminals;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalTime;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.anomaly.AnomalySettings;
import org.posdesk.application.anomaly.AnomalySettingsView;
import org.posdesk.application.anomaly.Thresholds;
import org.posdesk.interfaces.web.i18n.Messages;

/**
 * The anomaly thresholds of the caller's merchant ({@code ?merchant=} for staff). The amount is
 * edited in yuan and stored in fen; an empty amount or window turns that rule off.
 */
@Named
@ViewScoped
public class AnomalySettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AnomalySettings settings;
    @Inject
    private Messages messages;

    private Long merchantId;
    private boolean notFound;
    private boolean loaded;
    private boolean editable;
    private String merchantName;
    private String updatedBy;
    private java.time.Instant updatedAt;
    private BigDecimal amountAbove;
    private boolean nightEnabled;
    private String nightStart;
    private String nightEnd;
    private Integer repeatWindowMinutes;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            show(settings.settings(merchantId));
        } catch (AccessDeniedException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Long amountMinor = amountAbove == null ? null : amountAbove.movePointRight(2).longValueExact();
            Thresholds thresholds = new Thresholds(amountMinor, nightEnabled, LocalTime.parse(nightStart),
                    LocalTime.parse(nightEnd), repeatWindowMinutes);
            show(settings.change(merchantId, thresholds, origin(faces)));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("anomaly.saved"), null));
        } catch (AccessDeniedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("anomaly.notAllowed"), null));
        } catch (IllegalArgumentException | ArithmeticException | java.time.format.DateTimeParseException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("anomaly.invalid"), null));
        }
    }

    private void show(AnomalySettingsView view) {
        merchantId = view.merchantId();
        merchantName = view.merchantName();
        editable = view.editable();
        updatedBy = view.updatedBy();
        updatedAt = view.updatedAt();
        Thresholds t = view.thresholds();
        amountAbove = t.amountAboveMinor() == null ? null : BigDecimal.valueOf(t.amountAboveMinor(), 2);
        nightEnabled = t.nightEnabled();
        nightStart = t.nightStart().toString();
        nightEnd = t.nightEnd().toString();
        repeatWindowMinutes = t.repeatWindowMinutes();
    }

    private static String origin(FacesContext faces) {
        Object request = faces.getExternalContext().getRequest();
        return request instanceof HttpServletRequest http ? http.getRemoteAddr() : null;
    }

    public boolean isNotFound() {
        load();
        return notFound;
    }

    public boolean isEditable() {
        return editable;
    }

    public String getMerchantName() {
        return merchantName;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public java.time.Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public void setMerchantId(Long merchantId) {
        this.merchantId = merchantId;
    }

    public BigDecimal getAmountAbove() {
        return amountAbove;
    }

    public void setAmountAbove(BigDecimal amountAbove) {
        this.amountAbove = amountAbove;
    }

    public boolean isNightEnabled() {
        return nightEnabled;
    }

    public void setNightEnabled(boolean nightEnabled) {
        this.nightEnabled = nightEnabled;
    }

    public String getNightStart() {
        return nightStart;
    }

    public void setNightStart(String nightStart) {
        this.nightStart = nightStart;
    }

    public String getNightEnd() {
        return nightEnd;
    }

    public void setNightEnd(String nightEnd) {
        this.nightEnd = nightEnd;
    }

    public Integer getRepeatWindowMinutes() {
        return repeatWindowMinutes;
    }

    public void setRepeatWindowMinutes(Integer repeatWindowMinutes) {
        this.repeatWindowMinutes = repeatWindowMinutes;
    }
}
