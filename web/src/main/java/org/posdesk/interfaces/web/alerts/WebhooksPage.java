package org.posdesk.interfaces.web.alerts;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.posdesk.application.alert.WebhookAdmin;
import org.posdesk.domain.alert.AlertKind;
import org.posdesk.domain.alert.Webhook;
import org.posdesk.interfaces.web.i18n.Messages;

/**
 * The caller's webhooks (their merchant's, or the operator's for an administrator): add one (its
 * secret is shown once, here, right after), switch one on or off (confirmed). The service audits.
 */
@Named("webhooksPage")
@ViewScoped
public class WebhooksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private WebhookAdmin admin;
    @Inject
    private Messages messages;

    private String url;
    private List<String> kinds = new ArrayList<>();
    private String createdSecret;
    private transient List<WebhookAdmin.WebhookRow> rows;

    public void create() {
        try {
            Webhook.checkedUrl(url);
        } catch (IllegalArgumentException e) {
            FacesContext.getCurrentInstance().addMessage("webhook-url",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("webhooks.url.invalid"), null));
            return;
        }
        WebhookAdmin.Created created = admin.create(url, new HashSet<>(kinds));
        createdSecret = created.secret();
        url = null;
        kinds = new ArrayList<>();
        rows = null;
        info("webhooks.created");
    }

    public void toggle(WebhookAdmin.WebhookRow row) {
        admin.change(row.id(), row.url(), !row.enabled(), new HashSet<>(row.kinds()));
        createdSecret = null;
        rows = null;
        info(row.enabled() ? "webhooks.disabled" : "webhooks.enabled");
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key), null));
    }

    public List<WebhookAdmin.WebhookRow> getRows() {
        if (rows == null) {
            rows = admin.list();
        }
        return rows;
    }

    public List<String> getAllKinds() {
        return Arrays.stream(AlertKind.values()).map(Enum::name).toList();
    }

    public String time(Instant at) {
        return AlertFormat.time(at);
    }

    public String getCreatedSecret() {
        return createdSecret;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
    }
}
