package org.posdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookReceiverTest {

    private final WebhookReceiver receiver = new WebhookReceiver(WebhookReceiver.DEMO_SECRET, 0,
            new PrintStream(new ByteArrayOutputStream()));

    @Test
    void aStaleTimestampIsRefusedEvenWithItsRightSignature() {
        // python3: hmac.new(DEMO_SECRET, b'1700000000.{"a":1}', hashlib.sha256).hexdigest()
        assertThat(receiver.valid("1700000000", "{\"a\":1}",
                "sha256=53ecca85092a3d262b6402f342e609f478098a4f3fe8f67013210d909967ccd4")).isFalse();
    }

    @Test
    void missingOrMalformedSignaturesAreRefused() {
        String now = Long.toString(Instant.now().getEpochSecond());
        assertThat(receiver.valid(now, "{}", null)).isFalse();
        assertThat(receiver.valid(now, "{}", "sha256=zz")).isFalse();
        assertThat(receiver.valid("soon", "{}", "sha256=00")).isFalse();
        assertThat(receiver.valid(now, "{}", "sha256=" + "0".repeat(64))).isFalse();
    }
}
