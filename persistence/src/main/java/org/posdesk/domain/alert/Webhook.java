package org.posdesk.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.posdesk.domain.shared.Checks;
import org.posdesk.domain.shared.VersionedEntity;

/**
 * Where alerts are pushed: an http(s) URL of a merchant, or of the operator (no merchant: the
 * alerts that concern no merchant, such as backups and jobs). The HMAC secret is kept encrypted
 * under the master key; only the service that created it ever saw it in clear.
 */
@Entity
@Table(name = "webhook")
@NamedQuery(name = "Webhook.ofMerchant",
        query = "select w from Webhook w where w.merchantId = :merchantId order by w.id")
@NamedQuery(name = "Webhook.ofOperator",
        query = "select w from Webhook w where w.merchantId is null order by w.id")
public class Webhook extends VersionedEntity {

    public static final int URL_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 50)
    private Long id;

    @Column(name = "merchant_id", updatable = false)
    private Long merchantId;

    @Column(name = "url", nullable = false, length = URL_LENGTH)
    private String url;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "kinds", length = 500)
    private String kinds;

    @Column(name = "secret_enc", nullable = false)
    private byte[] secretEncrypted;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    protected Webhook() {
    }

    private Webhook(Long merchantId, String url, Set<AlertKind> kinds, byte[] secretEncrypted, String createdBy,
                    Instant at) {
        this.merchantId = merchantId;
        this.url = checkedUrl(url);
        this.enabled = true;
        this.kinds = joined(kinds);
        this.secretEncrypted = Objects.requireNonNull(secretEncrypted, "secret").clone();
        this.createdBy = Checks.notBlank(createdBy, 64, "created by");
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    /** @param merchantId null for an operator webhook */
    public static Webhook create(Long merchantId, String url, Set<AlertKind> kinds, byte[] secretEncrypted,
                                 String createdBy, Instant at) {
        return new Webhook(merchantId, url, kinds, secretEncrypted, createdBy, at);
    }

    /**
     * Only absolute http and https URLs with a host and no user info: no file:, jar: or other
     * schemes a client library might follow, and no credentials stored in the URL.
     */
    public static String checkedUrl(String text) {
        String value = Checks.notBlank(text, URL_LENGTH, "webhook URL").trim();
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("a webhook URL must be http or https: " + value);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("a webhook URL needs a host: " + value);
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("a webhook URL must not carry a user name or password");
        }
        return value;
    }

    public void change(String newUrl, boolean nowEnabled, Set<AlertKind> newKinds) {
        url = checkedUrl(newUrl);
        enabled = nowEnabled;
        kinds = joined(newKinds);
    }

    /** Whether an alert of this kind goes to this webhook (an empty kind set means every kind). */
    public boolean wants(AlertKind kind) {
        return enabled && (kinds == null || getKinds().contains(kind));
    }

    private static String joined(Set<AlertKind> kinds) {
        return kinds == null || kinds.isEmpty() ? null
                : kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Long getId() {
        return id;
    }

    public Optional<Long> getMerchantId() {
        return Optional.ofNullable(merchantId);
    }

    public String getUrl() {
        return url;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Empty: every kind. */
    public Set<AlertKind> getKinds() {
        if (kinds == null) {
            return EnumSet.noneOf(AlertKind.class);
        }
        return Arrays.stream(kinds.split(",")).map(AlertKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AlertKind.class)));
    }

    public byte[] getSecretEncrypted() {
        return secretEncrypted.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** Webhooks have no natural key but their row: two with the same URL are two configurations. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Webhook other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Webhook " + id + " " + url + (enabled ? "" : " (disabled)");
    }
}
