package org.posdesk.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;
import org.posdesk.it.orders.OrderFiles;

/**
 * The order API over real HTTP, as a merchant's ERP calls it: HTTP Basic or 401, JSON in, a
 * report out (422 and nothing imported when any order is wrong), and nothing of another
 * merchant's to read or to change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderApiIT {

    private static final String USER_A = "it-rest-merchant-a";
    private static final String USER_B = "it-rest-merchant-b";
    private static final String AGENT = "it-rest-agent";
    private static final String PASSWORD = "it-rest-password-1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private TestTenant a;

    @BeforeEach
    void tenants() throws SQLException {
        try (Connection c = Database.connect()) {
            a = TestTenant.ensure(c, "RA", "REST merchant A", 2, 1, 0, USER_A, PASSWORD);
            TestTenant.ensure(c, "RB", "REST merchant B", 1, 1, 0, USER_B, PASSWORD);
            TestTenant.ensureStaff(c, AGENT, PASSWORD, "AGENT");
        }
    }

    @Test
    void withoutValidCredentialsTheApiAnswers401WithABasicChallengeNotALoginPage() throws Exception {
        HttpResponse<String> none = send(post("[]").build());
        HttpResponse<String> wrong = send(post("[]").header("Authorization", basic(USER_A, "wrong")).build());
        HttpResponse<String> read = send(request("orders/ANY-1").GET().build());

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Basic realm=\"posdesk\""));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(read.statusCode()).isEqualTo(401);
    }

    @Test
    void aGoodBatchIsImportedWholeAndCanBeReadBack() throws Exception {
        String p = OrderFiles.freshPrefix("R");
        String body = """
                [{"orderNumber":"%1$s-1","store":"S1","amount":"12.50","currency":"CNY"},
                 {"orderNumber":"%1$s-2","amount":36,"orderedAt":"2026-01-31 14:05:00","unknownField":true}]
                """.formatted(p);

        HttpResponse<String> imported = send(post(body).header("Authorization", basic(USER_A, PASSWORD)).build());
        HttpResponse<String> again = send(post(body).header("Authorization", basic(USER_A, PASSWORD)).build());
        HttpResponse<String> read = send(request("orders/" + p + "-1").header("Authorization", basic(USER_A, PASSWORD))
                .GET().build());

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"committed\":true", "\"rows\":2", "\"created\":2", "\"problems\":[]");
        assertThat(again.body()).contains("\"created\":0", "\"unchanged\":2");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"orderNumber\":\"" + p + "-1\"", "\"amount\":\"12.50\"", "\"store\":\"S1\"",
                "\"status\":\"UNPAID\"", "\"source\":\"ERP\"");
        assertThat(stored(a.merchantId, p)).isEqualTo(2);
    }

    @Test
    void aBatchWithOneBadOrderIsRefusedWithItsPositionAndNothingIsImported() throws Exception {
        String p = OrderFiles.freshPrefix("R");
        String body = """
                [{"orderNumber":"%1$s-1","amount":"1.00"},
                 {"orderNumber":"%1$s-2","amount":"abc"},
                 {"orderNumber":"%1$s-3","amount":"2.00","store":"S9"}]
                """.formatted(p);

        HttpResponse<String> english = send(post(body).header("Authorization", basic(USER_A, PASSWORD))
                .header("Accept-Language", "en-US,en;q=0.9").build());
        HttpResponse<String> chinese = send(post(body).header("Authorization", basic(USER_A, PASSWORD)).build());
        HttpResponse<String> notJson = send(post("order_number,amount\nX,1").header("Authorization",
                basic(USER_A, PASSWORD)).build());

        assertThat(english.statusCode()).isEqualTo(422);
        assertThat(english.body()).contains("\"committed\":false", "\"problemCount\":2",
                "{\"row\":2,\"code\":\"AMOUNT_FORMAT\",\"field\":\"amount\",\"value\":\"abc\",\"message\":\"Amount \\\"abc\\\" is not valid",
                "{\"row\":3,\"code\":\"STORE_UNKNOWN\",\"field\":\"store\"");
        assertThat(chinese.body()).contains("金额“abc”无效");
        assertThat(notJson.statusCode()).isEqualTo(422);
        assertThat(notJson.body()).contains("\"code\":\"FILE_MALFORMED\"");
        assertThat(stored(a.merchantId, p)).isZero();
        assertThat(send(request("orders/" + p + "-1").header("Authorization", basic(USER_A, PASSWORD)).GET().build())
                .statusCode()).isEqualTo(404);
    }

    @Test
    void anotherMerchantsOrdersCanBeNeitherReadNorChanged() throws Exception {
        String p = OrderFiles.freshPrefix("R");
        send(post("[{\"orderNumber\":\"" + p + "-1\",\"amount\":\"5.00\",\"store\":\"S2\"}]")
                .header("Authorization", basic(USER_A, PASSWORD)).build());

        HttpResponse<String> readByB = send(request("orders/" + p + "-1")
                .header("Authorization", basic(USER_B, PASSWORD)).GET().build());
        HttpResponse<String> storeOfA = send(post("[{\"orderNumber\":\"" + p + "-2\",\"amount\":\"5.00\",\"store\":\"S2\"}]")
                .header("Authorization", basic(USER_B, PASSWORD)).build());
        HttpResponse<String> sameNumberByB = send(post("[{\"orderNumber\":\"" + p + "-1\",\"amount\":\"9.00\"}]")
                .header("Authorization", basic(USER_B, PASSWORD)).build());
        HttpResponse<String> byAgent = send(post("[{\"orderNumber\":\"" + p + "-3\",\"amount\":\"1.00\"}]")
                .header("Authorization", basic(AGENT, PASSWORD)).build());
        HttpResponse<String> readByA = send(request("orders/" + p + "-1")
                .header("Authorization", basic(USER_A, PASSWORD)).GET().build());

        assertThat(readByB.statusCode()).isEqualTo(404);
        assertThat(readByB.body()).doesNotContain(p);
        assertThat(storeOfA.statusCode()).isEqualTo(422);
        assertThat(storeOfA.body()).contains("STORE_UNKNOWN");
        // B's own order of the same number: merchants' numbers are separate, A's stays as it was.
        assertThat(sameNumberByB.statusCode()).isEqualTo(200);
        // Staff need a second factor, which HTTP Basic cannot carry: refused before any role check.
        assertThat(byAgent.statusCode()).isEqualTo(401);
        assertThat(readByA.body()).contains("\"amount\":\"5.00\"", "\"store\":\"S2\"");
        assertThat(stored(a.merchantId, p)).isEqualTo(1);
    }

    @Test
    void theOpenApiDocumentIsPublicAndDescribesTheEndpoints() throws Exception {
        HttpResponse<String> doc = send(request("openapi.yaml").GET().build());

        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("yaml"));
        assertThat(doc.body()).contains("openapi: 3.0.3", "  /orders:", "  /orders/{orderNumber}:", "scheme: basic");
    }

    private HttpRequest.Builder post(String json) {
        return request("orders").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + System.getProperty("posdesk.http.port")
                + "/posdesk/api/" + path)).timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static long stored(long merchantId, String prefix) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                "select count(*) from merchant_order where merchant_id = ? and order_number like ?")) {
            s.setLong(1, merchantId);
            s.setString(2, prefix + "-%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
