package org.posdesk.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricsServletTest {

    @Test
    void withoutATokenOnlyThisMachineMayScrape() {
        assertThat(MetricsServlet.allowed(request("127.0.0.1", null), Optional.empty())).isTrue();
        assertThat(MetricsServlet.allowed(request("::1", null), Optional.empty())).isTrue();
        assertThat(MetricsServlet.allowed(request("10.1.2.3", null), Optional.empty())).isFalse();
        assertThat(MetricsServlet.allowed(request("10.1.2.3", "Bearer anything"), Optional.empty())).isFalse();
    }

    @Test
    void withATokenEveryScraperMustSendIt() {
        Optional<String> token = Optional.of("s3cret-token");
        assertThat(MetricsServlet.allowed(request("10.1.2.3", "Bearer s3cret-token"), token)).isTrue();
        assertThat(MetricsServlet.allowed(request("10.1.2.3", "bearer s3cret-token"), token)).isTrue();
        assertThat(MetricsServlet.allowed(request("10.1.2.3", "Bearer s3cret-tokeN"), token)).isFalse();
        assertThat(MetricsServlet.allowed(request("10.1.2.3", null), token)).isFalse();
        assertThat(MetricsServlet.allowed(request("127.0.0.1", null), token)).as("loopback too").isFalse();
        assertThat(MetricsServlet.allowed(request("10.1.2.3", "Basic czNjcmV0LXRva2Vu"), token)).isFalse();
    }

    /** Only the two things the check reads; anything else it asked for would fail the test. */
    private static HttpServletRequest request(String address, String authorization) {
        Map<String, Object> answers = new java.util.HashMap<>();
        answers.put("getRemoteAddr", address);
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeader")) {
                        return "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
                    }
                    if (answers.containsKey(method.getName())) {
                        return answers.get(method.getName());
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
