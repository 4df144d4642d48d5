package org.posdesk.application.alert.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Posts one signed body, outside any transaction, with short timeouts so a slow receiver holds
 * up neither the job nor a database connection. Redirects are not followed: a receiver that moved
 * must be reconfigured, not let posdesk be steered to another address.
 */
final class WebhookSender {

    /** The outcome of one attempt: an HTTP status, or the error that stopped it. */
    record Outcome(Integer status, String error, Duration took) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;

    WebhookSender(Duration connectTimeout, Duration timeout, Clock clock) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        this.timeout = timeout;
        this.clock = clock;
    }

    Outcome send(String url, String eventId, byte[] secret, String body) {
        long started = System.nanoTime();
        long timestamp = clock.instant().getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "posdesk-webhook/1")
                    .header(WebhookSignature.EVENT_HEADER, eventId)
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), null, took(started));
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage(), took(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", took(started));
        }
    }

    private static Duration took(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
