package org.posdesk.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * The browser-facing defences on real responses of the deployed application, over HTTP and over
 * the HTTPS listener: the security headers on a public page, a signed-in page, the REST API and an
 * error page; the session cookie's flags; a stateful (CSRF-protected) view on signed-in pages; and
 * error pages that say nothing about the failure behind them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final String USER = "it-hh-user";
    private static final String PASSWORD = "it-password-hh";
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern ERROR_PAGE_SETTINGS = Pattern.compile("errorPages:\\{[^}]*\\}");
    // What an error page must never show: exception classes, stack frames, server internals.
    private static final List<String> LEAKS = List.of("Exception", "at org.", "at java.", "at jakarta.",
            "Caused by", "java.lang", "WildFly", "Undertow", "DateTimeParse", "could not be restored", ".java:");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @BeforeAll
    static void user() throws Exception {
        try (Connection c = Database.connect()) {
            TestTenant.ensure(c, "HH", "Headers merchant", 1, 1, 0, USER, PASSWORD);
        }
    }

    @Test
    void theLoginPageCarriesThePolicyAndAnHttpOnlySameSiteCookie() throws Exception {
        HttpResponse<String> login = send(get(http("login.xhtml")));

        assertThat(login.statusCode()).isEqualTo(200);
        assertCommonHeaders(login);
        assertFacesPolicy(login);
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("HSTS over plain HTTP").isEmpty();
        List<String> cookie = cookieAttributes(login);
        assertThat(cookie).contains("httponly", "samesite=strict");
        assertThat(cookie).as("Secure over plain HTTP would lose the session").doesNotContain("secure");
    }

    @Test
    void overHttpsTheCookieIsSecureAndTheBrowserIsToldToStayOnHttps() throws Exception {
        HttpClient tls = HttpClient.newBuilder().sslContext(trustingAnyCertificate())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("https://127.0.0.1:" + System.getProperty("posdesk.https.port") + "/posdesk/login.xhtml");

        HttpResponse<String> login = tls.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(login.statusCode()).isEqualTo(200);
        assertCommonHeaders(login);
        assertFacesPolicy(login);
        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts -> {
            Matcher age = Pattern.compile("max-age=(\\d+)").matcher(hsts);
            assertThat(age.find()).as(hsts).isTrue();
            assertThat(Long.parseLong(age.group(1))).as("at least a year").isGreaterThanOrEqualTo(31_536_000L);
        });
        assertThat(cookieAttributes(login)).contains("secure", "httponly", "samesite=strict");
    }

    @Test
    void aSignedInPageHasTheHeadersANonceOnItsScriptsAndAStatefulView() throws Exception {
        String session = signIn();

        HttpResponse<String> dashboard = send(get(http("dashboard.xhtml")).header("Cookie", session));

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("count-terminals");
        assertCommonHeaders(dashboard);
        String nonce = assertFacesPolicy(dashboard);
        assertThat(dashboard.body()).as("PrimeFaces writes the header's nonce on its scripts")
                .contains("nonce=\"" + nonce + "\"");
        // A transient view has no server state behind its view state: no protection against a forged post.
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
                .matcher(dashboard.body());
        assertThat(viewState.find()).as("the page's forms carry a view state").isTrue();
        assertThat(viewState.group(1)).isNotEqualTo("stateless");
    }

    @Test
    void theApiAnswersWithTheHeadersToo() throws Exception {
        HttpResponse<String> api = send(get(http("api/transactions")).header("Authorization", basic()));

        assertThat(api.statusCode()).isEqualTo(200);
        assertCommonHeaders(api);
        assertThat(policies(api)).contains("frame-ancestors 'none'").contains("object-src 'none'");
    }

    @Test
    void anExceptionInAFacesRequestShowsNoDetails() throws Exception {
        String session = signIn();
        String form = "sign-out-form=sign-out-form&sign-out=&jakarta.faces.ViewState="
                + URLEncoder.encode("-1:forged", StandardCharsets.UTF_8);

        HttpResponse<String> page = send(post(http("dashboard.xhtml"), form).header("Cookie", session));
        // Forged as ajax too, without the nonce PrimeFaces' own ajax sends: two exceptions at once.
        HttpResponse<String> ajax = send(post(http("dashboard.xhtml"), form + "&jakarta.faces.partial.ajax=true"
                + "&jakarta.faces.source=sign-out&jakarta.faces.partial.execute=%40all")
                .header("Cookie", session).header("Faces-Request", "partial/ajax"));

        assertThat(page.statusCode()).isIn(200, 302, 303, 500);
        assertNoDetails(page);
        assertCommonHeaders(page);
        assertThat(ajax.statusCode()).isIn(200, 500);
        assertNoDetails(ajax);
    }

    @Test
    void anExceptionInTheApiShowsNoDetails() throws Exception {
        HttpResponse<String> broken = send(get(http("api/transactions?from=not-a-time"))
                .header("Authorization", basic()));

        assertThat(broken.statusCode()).isGreaterThanOrEqualTo(400);
        assertNoDetails(broken);
        assertCommonHeaders(broken);
    }

    @Test
    void anErrorPageCarriesTheHeaders() throws Exception {
        HttpResponse<String> missing = send(get(http("no-such-page.xhtml")).header("Cookie", signIn()));

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("error-404");
        assertCommonHeaders(missing);
        assertFacesPolicy(missing);
        assertNoDetails(missing);
    }

    @Test
    void responsesTheApplicationNeverSeesCarryTheHeadersToo() throws Exception {
        // The authentication mechanism redirects before any servlet filter runs.
        HttpResponse<String> redirect = send(get(http("dashboard.xhtml")));
        assertThat(redirect.statusCode()).isIn(302, 303);
        assertCommonHeaders(redirect);
        // Outside the application: the server's own 404, and a method no handler takes.
        HttpResponse<String> outside = send(get(http("").replace("/posdesk/", "/no-such-application/")));
        assertThat(outside.statusCode()).isEqualTo(404);
        assertCommonHeaders(outside);
        HttpResponse<String> method = send(HttpRequest.newBuilder(URI.create(http("api/health")))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()));
        assertThat(method.statusCode()).isEqualTo(405);
        assertCommonHeaders(method);
        assertThat(method.body()).doesNotContainIgnoringCase("exception");
        // TRACE never gets past the listener (disallowed-methods): an empty 405, nothing to protect.
        HttpResponse<String> trace = send(HttpRequest.newBuilder(URI.create(http("api/health")))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()));
        assertThat(trace.statusCode()).isEqualTo(405);
        assertThat(trace.body()).isEmpty();
    }

    @Test
    void signedInPagesAndDataAreNotStoredWhileScriptsAndStylesMayBe() throws Exception {
        String session = signIn();
        assertThat(send(get(http("dashboard.xhtml")).header("Cookie", session)).headers()
                .firstValue("Cache-Control")).hasValue("no-store");
        assertThat(send(get(http("api/transactions")).header("Authorization", basic())).headers()
                .firstValue("Cache-Control")).hasValue("no-store");
        HttpResponse<String> dashboard = send(get(http("dashboard.xhtml")).header("Cookie", session));
        Matcher script = Pattern.compile("src=\"/posdesk(/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(dashboard.body());
        assertThat(script.find()).as("the dashboard loads a Faces resource").isTrue();
        HttpResponse<String> resource = send(get(http(script.group(1).substring(1).replace("&amp;", "&"))));
        assertThat(resource.statusCode()).isEqualTo(200);
        assertThat(resource.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
    }

    // ---------------------------------------------------------------- helpers

    private static void assertCommonHeaders(HttpResponse<String> response) {
        String what = response.uri() + " (" + response.statusCode() + ")";
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
        assertThat(policies(response)).as(what).contains("frame-ancestors 'none'");
    }

    /**
     * The page's policy: scripts only from the application or carrying this response's nonce, never
     * inline or eval'd otherwise, nothing from elsewhere. Returns the nonce.
     */
    private static String assertFacesPolicy(HttpResponse<String> response) {
        String policies = policies(response);
        Matcher script = Pattern.compile("script-src ([^;]*)").matcher(policies);
        assertThat(script.find()).as("a script-src directive in " + policies).isTrue();
        assertThat(script.group(1)).contains("'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                .doesNotContain("*").doesNotContain("http");
        assertThat(policies).contains("default-src 'self'").contains("object-src 'none'").contains("base-uri 'self'");
        Matcher nonce = NONCE.matcher(script.group(1));
        assertThat(nonce.find()).as("a nonce in " + script.group(1)).isTrue();
        return nonce.group(1);
    }

    private static String policies(HttpResponse<String> response) {
        return String.join(" | ", response.headers().allValues("Content-Security-Policy"));
    }

    private static void assertNoDetails(HttpResponse<String> response) {
        // PrimeFaces tells its scripts which error page serves which exception type (web.xml's
        // error-page list): configuration every page carries, not a report of this failure.
        String body = ERROR_PAGE_SETTINGS.matcher(response.body()).replaceAll("");
        for (String leak : LEAKS) {
            assertThat(body).as(response.uri() + " shows " + leak).doesNotContain(leak);
        }
    }

    /** The session cookie's attributes (after its value), lower case. */
    private static List<String> cookieAttributes(HttpResponse<String> response) {
        Optional<String> cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst();
        assertThat(cookie).as("a session cookie from " + response.uri()).isPresent();
        List<String> parts = Arrays.stream(cookie.get().split(";")).map(p -> p.trim().toLowerCase()).toList();
        return parts.subList(1, parts.size());
    }

    /** Signs in through the real login page; checks the cookie the browser holds; returns it as a header. */
    private String signIn() {
        try (Browser browser = new Browser()) {
            browser.open(http("dashboard.xhtml"));
            browser.type("#username", USER);
            browser.type("#password", PASSWORD);
            browser.clickAndWaitForPage("#sign-in");
            browser.find("#count-terminals");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session).isNotNull();
            assertThat(session.isHttpOnly()).as("script cannot read the session cookie").isTrue();
            assertThat(session.getSameSite()).isEqualTo("Strict");
            return "JSESSIONID=" + session.getValue();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET();
    }

    private static HttpRequest.Builder post(String url, String form) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private static String http(String path) {
        return "http://127.0.0.1:" + System.getProperty("posdesk.http.port") + "/posdesk/" + path;
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The listener's certificate is the server's self-signed one; what is tested here is not the certificate. */
    private static SSLContext trustingAnyCertificate() throws Exception {
        TrustManager any = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, java.net.Socket socket) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, java.net.Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {any}, null);
        return context;
    }
}
