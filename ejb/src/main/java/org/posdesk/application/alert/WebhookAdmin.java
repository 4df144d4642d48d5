package org.posdesk.application.alert;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Webhooks: a merchant user (one not confined to some stores) manages their merchant's; an
 * administrator manages the operator's (no merchant), which receive the alerts that concern no
 * merchant. Every change is audited. Others are refused with "not found".
 */
@Local
public interface WebhookAdmin {

    /** The caller's webhooks: their merchant's, or the operator's for an administrator. */
    List<WebhookRow> list();

    /**
     * Adds a webhook with a fresh secret, returned here and never again.
     *
     * @param kinds empty: every kind of alert
     * @throws IllegalArgumentException for a URL that is not an absolute http(s) URL with a host
     */
    Created create(String url, Set<String> kinds);

    void change(long id, String url, boolean enabled, Set<String> kinds);

    record WebhookRow(long id, String url, boolean enabled, List<String> kinds, Instant createdAt, String createdBy)
            implements Serializable {
    }

    /** {@code secret} is shown once, on creation. */
    record Created(long id, String secret) implements Serializable {
    }
}
