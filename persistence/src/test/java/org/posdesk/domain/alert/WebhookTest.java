package org.posdesk.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTest {

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.com/x", "jar:http://x/y!/z", "/relative/path",
            "http:///no-host", "https://user:pw@example.com/hook", "gopher://example.com/"})
    void onlyAbsoluteHttpUrlsWithAHostAndNoCredentialsAreTaken(String url) {
        assertThatThrownBy(() -> Webhook.checkedUrl(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void httpAndHttpsUrlsAreTaken() {
        assertThat(Webhook.checkedUrl(" https://hooks.example.com/posdesk?x=1 "))
                .isEqualTo("https://hooks.example.com/posdesk?x=1");
        assertThat(Webhook.checkedUrl("http://127.0.0.1:9098/posdesk-alerts")).startsWith("http://");
    }

    @Test
    void anEmptyKindSetWantsEveryKindAndADisabledWebhookNone() {
        Webhook all = Webhook.create(1L, "https://h.example/a", Set.of(), new byte[] {1}, "m", T0);
        Webhook some = Webhook.create(1L, "https://h.example/b", Set.of(AlertKind.TERMINAL_OFFLINE), new byte[] {1},
                "m", T0);
        assertThat(all.wants(AlertKind.BACKUP_FAILED)).isTrue();
        assertThat(some.wants(AlertKind.TERMINAL_OFFLINE)).isTrue();
        assertThat(some.wants(AlertKind.CONFLICTING_DUPLICATE)).isFalse();
        some.change("https://h.example/b", false, Set.of(AlertKind.TERMINAL_OFFLINE));
        assertThat(some.wants(AlertKind.TERMINAL_OFFLINE)).isFalse();
    }
}
