package org.posdesk.interfaces.web.headers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The headers as set on a response, and the deployment descriptors that must agree with them. */
class SecurityHeadersTest {

    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) ->
                    switch (method.getName()) {
                        case "setHeader" -> headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                        case "addHeader" -> headers.computeIfAbsent((String) args[0], k -> new ArrayList<>())
                                .add((String) args[1]);
                        case "containsHeader" -> headers.containsKey((String) args[0]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });

    @Test
    void plainHttpGetsEverythingButHsts() {
        SecurityHeaders.apply(response, false);

        assertThat(headers).containsEntry("X-Content-Type-Options", List.of("nosniff"))
                .containsEntry("X-Frame-Options", List.of("DENY"))
                .containsEntry("Referrer-Policy", List.of("no-referrer"))
                .containsEntry("Content-Security-Policy", List.of(SecurityHeaders.BASELINE_POLICY))
                .doesNotContainKey("Strict-Transport-Security");
        assertThat(SecurityHeaders.BASELINE_POLICY).contains("frame-ancestors 'none'");
    }

    @Test
    void httpsAddsHsts() {
        SecurityHeaders.apply(response, true);

        assertThat(headers.get("Strict-Transport-Security")).singleElement().asString().startsWith("max-age=31536000");
    }

    @Test
    void anErrorDispatchDoesNotAddTheBaselineTwice() {
        SecurityHeaders.apply(response, false);
        SecurityHeaders.apply(response, false);

        assertThat(headers.get("Content-Security-Policy")).hasSize(1);
    }

    @Test
    void thePagePolicyIsStrictAndEndsWithTheScriptSourceForTheNonce() {
        String policy = SecurityHeaders.PAGE_POLICY;
        assertThat(policy).endsWith("script-src 'self'").contains("default-src 'self'", "object-src 'none'",
                "frame-ancestors 'none'", "base-uri 'self'");
        assertThat(policy.substring(policy.indexOf("script-src"))).doesNotContain("unsafe");
    }

    @Test
    void webXmlGivesPrimeFacesThePagePolicyAndTheCookieItsFlags() throws IOException {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<!--.*?-->", "");

        assertThat(param(webXml, "primefaces.CSP")).isEqualTo("true");
        assertThat(param(webXml, "primefaces.CSP_POLICY")).isEqualTo(SecurityHeaders.PAGE_POLICY);
        assertThat(webXml).containsPattern("<http-only>\\s*true\\s*</http-only>");
        assertThat(Files.readAllLines(Path.of("src/main/webapp/WEB-INF/undertow-handlers.conf")))
                .as("Secure on cookies over HTTPS, SameSite=Strict on all")
                .contains("secure-cookie", "samesite-cookie(mode=Strict)");
    }

    private static String param(String webXml, String name) {
        Matcher m = Pattern.compile("<param-name>\\s*" + Pattern.quote(name) + "\\s*</param-name>\\s*"
                + "<param-value>([^<]*)</param-value>").matcher(webXml);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1).trim();
    }
}
