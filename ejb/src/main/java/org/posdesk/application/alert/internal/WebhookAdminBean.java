package org.posdesk.application.alert.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.alert.WebhookAdmin;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.AuditTrail;
import org.posdesk.application.internal.Viewer;
import org.posdesk.domain.alert.AlertKind;
import org.posdesk.domain.alert.Webhook;
import org.posdesk.domain.alert.WebhookRepository;
import org.posdesk.domain.user.Role;
import org.posdesk.infrastructure.crypto.KeyVault;

@Stateless
public class WebhookAdminBean implements WebhookAdmin {

    static final String TARGET = "webhook";

    @Inject
    private AccessPolicy access;
    @Inject
    private WebhookRepository webhooks;
    @Inject
    private KeyVault vault;
    @EJB
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<WebhookRow> list() {
        return webhooks.of(owner(access.viewer())).stream().map(WebhookAdminBean::row).toList();
    }

    @Override
    public Created create(String url, Set<String> kinds) {
        Viewer viewer = access.viewer();
        Long owner = owner(viewer);
        // 32 random bytes in URL-safe base64 (hex would print long digit runs that pass for card
        // numbers); the HMAC key is that text, so a receiver pastes it as it is.
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(KeyVault.randomKey(32));
        Webhook webhook = Webhook.create(owner, url, kinds(kinds),
                vault.encrypt(secret.getBytes(StandardCharsets.US_ASCII)), viewer.username(), clock.instant());
        webhooks.add(webhook);
        audit.record(viewer.username(), "WEBHOOK_CREATE", AuditTrail.SUCCESS, null, TARGET,
                webhook.getId().toString(), describe(webhook));
        return new Created(webhook.getId(), secret);
    }

    @Override
    public void change(long id, String url, boolean enabled, Set<String> kinds) {
        Viewer viewer = access.viewer();
        Long owner = owner(viewer);
        Webhook webhook = webhooks.find(id).filter(w -> Objects.equals(w.getMerchantId().orElse(null), owner))
                .orElseThrow(() -> new AccessDeniedException("not found"));
        String before = describe(webhook);
        webhook.change(url, enabled, kinds(kinds));
        audit.record(viewer.username(), "WEBHOOK_CHANGE", AuditTrail.SUCCESS, null, TARGET, webhook.getId().toString(),
                before + " -> " + describe(webhook));
    }

    /** The merchant whose webhooks the caller manages, or null for the operator's. */
    private static Long owner(Viewer viewer) {
        if (viewer.role() == Role.ADMIN) {
            return null;
        }
        if (viewer.role() == Role.MERCHANT && viewer.storeIds().isEmpty()) {
            return viewer.merchantId();
        }
        throw new AccessDeniedException("not found");
    }

    private static Set<AlertKind> kinds(Set<String> names) {
        Set<AlertKind> kinds = EnumSet.noneOf(AlertKind.class);
        if (names != null) {
            names.stream().filter(n -> n != null && !n.isBlank()).map(AlertKind::valueOf).forEach(kinds::add);
        }
        return kinds;
    }

    private static String describe(Webhook w) {
        return w.getUrl() + (w.isEnabled() ? " enabled" : " disabled")
                + (w.getKinds().isEmpty() ? " all kinds" : " kinds " + w.getKinds());
    }

    private static WebhookRow row(Webhook w) {
        return new WebhookRow(w.getId(), w.getUrl(), w.isEnabled(), w.getKinds().stream().map(Enum::name).toList(),
                w.getCreatedAt(), w.getCreatedBy());
    }
}
