package org.posdesk.it.audit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** The audited REST calls the audit ITs make, over real HTTP with HTTP Basic. */
final class AuditApi {

    private static final Pattern POSITION = Pattern.compile("\"position\"\\s*:\\s*(\\d+)");
    private static final Pattern PROBLEM = Pattern.compile("\"problem\"\\s*:\\s*\"([A-Z_]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** A transaction export over an empty window of long ago: a sign-in and an export, both audited. */
    HttpResponse<String> export(String user, String password) throws Exception {
        return get("/api/transactions/export?from=2001-01-01T00:00&to=2001-01-01T01:00", user, password);
    }

    /** Enough single-use codes for every verify one test method makes. */
    static final List<String> ADMIN_RECOVERY_CODES = IntStream.rangeClosed(1, 8)
            .mapToObj(i -> "itaudit-%04d".formatted(i)).toList();

    private int recoveryCodesUsed;

    /**
     * The chain verified through the API, as {@code bin/posdesk audit-verify} does: the IT's
     * administrator adds a second factor (the next unused recovery code, since TOTP codes work once
     * per 30 s); anyone else tries with the password alone.
     */
    HttpResponse<String> verify(String user, String password) throws Exception {
        String code = AuditChainIT.ADMIN.equals(user) ? ADMIN_RECOVERY_CODES.get(recoveryCodesUsed++) : null;
        return get("/api/audit/verify", user, password, code);
    }

    HttpResponse<String> get(String path, String user, String password) throws Exception {
        return get(path, user, password, null);
    }

    HttpResponse<String> get(String path, String user, String password, String code) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (code != null) {
            request.header("X-Posdesk-Code", code);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static long position(String json) {
        Matcher m = POSITION.matcher(json);
        if (!m.find()) {
            throw new AssertionError("no position in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static String problem(String json) {
        Matcher m = PROBLEM.matcher(json);
        if (!m.find()) {
            throw new AssertionError("no problem in " + json);
        }
        return m.group(1);
    }

    private static String base() {
        return "http://127.0.0.1:" + System.getProperty("posdesk.http.port") + "/posdesk";
    }
}
