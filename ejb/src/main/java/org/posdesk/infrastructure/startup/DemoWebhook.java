package org.posdesk.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.logging.Logger;
import org.posdesk.domain.alert.Webhook;
import org.posdesk.domain.alert.WebhookRepository;
import org.posdesk.domain.merchant.MerchantRepository;
import org.posdesk.domain.shared.Mid;
import org.posdesk.infrastructure.config.Settings;
import org.posdesk.infrastructure.crypto.KeyVault;

/**
 * Gives merchant1's merchant a webhook to the receiver that {@code bin/posdesk webhook-receiver}
 * starts, signed with a secret the README publishes, so the demo shows alerts leaving posdesk.
 * Demo only, and only while that merchant has no webhook: one a person set up is left alone.
 */
@Singleton
@Startup
@DependsOn("DemoTenant")
public class DemoWebhook {

    /** Public, as the demo's passwords are; the receiver's default. Never a real webhook's. */
    public static final String SECRET = "posdesk-demo-webhook-secret-not-for-production";
    static final String DEFAULT_URL = "http://127.0.0.1:9098/posdesk-alerts";
    private static final String MERCHANT1_MID = "898310058120001";
    private static final Logger LOG = Logger.getLogger(DemoWebhook.class.getName());

    @Inject
    private MerchantRepository merchants;
    @Inject
    private WebhookRepository webhooks;
    @Inject
    private KeyVault vault;

    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void configure() {
        if (!"true".equalsIgnoreCase(System.getenv("POSDESK_DEMO")) || !vault.isConfigured()) {
            return;
        }
        merchants.findByMid(new Mid(MERCHANT1_MID)).ifPresent(merchant -> {
            if (!webhooks.of(merchant.getId()).isEmpty()) {
                return;
            }
            String url = Settings.get("demo.webhook-url").orElse(DEFAULT_URL);
            webhooks.add(Webhook.create(merchant.getId(), url, Set.of(),
                    vault.encrypt(SECRET.getBytes(StandardCharsets.UTF_8)), "demo", clock.instant()));
            LOG.info(() -> "Demo webhook for merchant1's alerts: " + url + " (start the receiver with"
                    + " bin/posdesk webhook-receiver)");
        });
    }
}
