package org.posdesk.it.alerts;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver in the test JVM, on a free local port: it checks each request's signature
 * against the README's scheme (never posdesk's code), answers 500 to the first {@code failFirst}
 * well-signed requests and 200 after, and keeps every request it got.
 */
final class SigningReceiver implements AutoCloseable {

    record Received(Instant at, String eventId, String body, boolean signatureValid, int answered) {
    }

    private final byte[] secret;
    private final AtomicInteger failFirst;
    private final List<Received> received = new ArrayList<>();
    private final HttpServer server;

    SigningReceiver(String secret, int failFirst) throws IOException {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.failFirst = new AtomicInteger(failFirst);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/hook", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                boolean valid = valid(exchange.getRequestHeaders().getFirst("X-Posdesk-Timestamp"), body,
                        exchange.getRequestHeaders().getFirst("X-Posdesk-Signature"));
                int status = !valid ? 401 : this.failFirst.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
                synchronized (received) {
                    received.add(new Received(Instant.now(), exchange.getRequestHeaders().getFirst("X-Posdesk-Event-Id"),
                            body, valid, status));
                }
                exchange.sendResponseHeaders(status, -1);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void failNext(int n) {
        failFirst.set(n);
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    List<Received> about(String needle) {
        return received().stream().filter(r -> r.body().contains(needle)).toList();
    }

    private boolean valid(String timestamp, String body, String signature) {
        if (timestamp == null || signature == null || !signature.startsWith("sha256=")) {
            return false;
        }
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] expected = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature.substring(7)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
