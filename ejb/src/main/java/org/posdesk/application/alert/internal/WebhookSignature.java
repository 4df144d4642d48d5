package org.posdesk.application.alert.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a receiver knows a delivery comes from posdesk and was not replayed long after: header
 * {@code X-Posdesk-Signature: sha256=HEX}, where HEX is the lower-case hex HMAC-SHA256, keyed with
 * the webhook's secret (its UTF-8 text as shown on creation), of {@code TIMESTAMP + "." + BODY};
 * TIMESTAMP is the {@code X-Posdesk-Timestamp} header (Unix seconds when this attempt was sent).
 */
public final class WebhookSignature {

    public static final String EVENT_HEADER = "X-Posdesk-Event-Id";
    public static final String TIMESTAMP_HEADER = "X-Posdesk-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Posdesk-Signature";
    static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String sign(byte[] secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
