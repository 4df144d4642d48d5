package org.posdesk.application.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] SECRET = "posdesk-demo-webhook-secret-not-for-production".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsTimestampDotBodyAsTheReadmeSays() {
        // Computed apart: python3 -c "import hmac,hashlib; print(hmac.new(SECRET, b'1700000000.{\"a\":1}',
        // hashlib.sha256).hexdigest())"
        assertThat(WebhookSignature.sign(SECRET, 1_700_000_000L, "{\"a\":1}"))
                .isEqualTo("sha256=53ecca85092a3d262b6402f342e609f478098a4f3fe8f67013210d909967ccd4");
    }

    @Test
    void anotherTimestampOrBodyOrSecretSignsDifferently() {
        String base = WebhookSignature.sign(SECRET, 1_700_000_000L, "{\"a\":1}");
        assertThat(WebhookSignature.sign(SECRET, 1_700_000_001L, "{\"a\":1}")).isNotEqualTo(base);
        assertThat(WebhookSignature.sign(SECRET, 1_700_000_000L, "{\"a\":2}")).isNotEqualTo(base);
        assertThat(WebhookSignature.sign("other".getBytes(StandardCharsets.UTF_8), 1_700_000_000L, "{\"a\":1}"))
                .isNotEqualTo(base);
    }
}
