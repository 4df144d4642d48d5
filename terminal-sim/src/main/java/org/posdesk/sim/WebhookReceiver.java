package org.posdesk.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver for the demo: listens on {@code http://127.0.0.1:PORT/posdesk-alerts},
 * checks each delivery's signature as a real receiver should (HMAC-SHA256 of
 * {@code timestamp + "." + body} under the shared secret, timestamp within five minutes), drops
 * an event id it has already taken, and prints what arrived. Written apart from posdesk's signing
 * code on purpose: it checks the scheme as the README states it, not as the sender implements it.
 *
 * <pre>java -cp terminal-sim.jar org.posdesk.sim.WebhookReceiver [--port 9098] [--secret S] [--fail-first N]</pre>
 */
public final class WebhookReceiver {

    /** Published in the README: the demo merchant's webhook uses it. Never a real webhook's secret. */
    public static final String DEMO_SECRET = "posdesk-demo-webhook-secret-not-for-production";
    public static final int DEFAULT_PORT = 9098;
    public static final String PATH = "/posdesk-alerts";
    private static final long MAX_SKEW_SECONDS = 300;

    private final byte[] secret;
    private final PrintStream out;
    private final AtomicInteger failFirst;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private HttpServer server;

    public WebhookReceiver(String secret, int failFirst, PrintStream out) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.failFirst = new AtomicInteger(failFirst);
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        int port = DEFAULT_PORT;
        String secret = System.getenv().getOrDefault("POSDESK_WEBHOOK_SECRET", DEMO_SECRET);
        int failFirst = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--secret" -> secret = args[++i];
                case "--fail-first" -> failFirst = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: WebhookReceiver [--port N] [--secret S] [--fail-first N]");
                    System.exit(2);
                }
            }
        }
        WebhookReceiver receiver = new WebhookReceiver(secret, failFirst, System.out);
        receiver.start("127.0.0.1", port);
        System.out.println("webhook receiver listening on http://127.0.0.1:" + port + PATH
                + (secret.equals(DEMO_SECRET) ? " (demo secret)" : "") + "; Ctrl-C stops it");
    }

    public void start(String host, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 16);
        server.createContext(PATH, this::handle);
        server.start();
    }

    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String eventId = exchange.getRequestHeaders().getFirst("X-Posdesk-Event-Id");
            String timestamp = exchange.getRequestHeaders().getFirst("X-Posdesk-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-Posdesk-Signature");
            int status;
            String verdict;
            if (!"POST".equals(exchange.getRequestMethod())) {
                status = 405;
                verdict = "not a POST";
            } else if (!valid(timestamp, body, signature)) {
                status = 401;
                verdict = "BAD SIGNATURE or stale timestamp: refused";
            } else if (failFirst.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 500;
                verdict = "signature ok; answering 500 as asked (--fail-first), posdesk will retry";
            } else if (!seen.add(eventId)) {
                status = 200;
                verdict = "signature ok; DUPLICATE of an event already taken, ignored";
            } else {
                status = 200;
                verdict = "signature ok";
            }
            out.println(Instant.now() + " event " + eventId + ": " + verdict + "\n  " + body);
            exchange.sendResponseHeaders(status, -1);
        }
    }

    boolean valid(String timestamp, String body, String signature) {
        if (timestamp == null || signature == null || !signature.startsWith("sha256=")) {
            return false;
        }
        long at;
        try {
            at = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(Instant.now().getEpochSecond() - at) > MAX_SKEW_SECONDS) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] expected = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            byte[] given = HexFormat.of().parseHex(signature.substring("sha256=".length()));
            return MessageDigest.isEqual(expected, given);
        } catch (IllegalArgumentException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
