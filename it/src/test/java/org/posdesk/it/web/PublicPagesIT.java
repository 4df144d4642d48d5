package org.posdesk.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.it.Deployments;

/** What anyone can reach without signing in: the health probe, the login page, and no more. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @Test
    void theHealthProbeReportsTheDatabase() throws Exception {
        HttpResponse<String> health = get("api/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"database\":\"UP\"");
    }

    @Test
    void aSignedOutVisitorIsSentToTheLoginPageAndSeesNoFigures() throws Exception {
        HttpResponse<String> dashboard = get("dashboard.xhtml");

        assertThat(dashboard.statusCode()).isIn(200, 302, 303);
        if (dashboard.statusCode() == 200) {
            assertThat(dashboard.body()).contains("id=\"username\"");
        } else {
            assertThat(dashboard.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).contains("login.xhtml"));
        }
        assertThat(dashboard.body()).doesNotContain("count-terminals");
    }

    @Test
    void anUnknownPageRevealsNoServerDetails() throws Exception {
        HttpResponse<String> missing = get("no-such-page.xhtml");

        assertThat(missing.statusCode()).isIn(404, 302, 303);
        assertThat(missing.body()).doesNotContain("Exception").doesNotContain("WildFly").doesNotContain("at org.");
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + System.getProperty("posdesk.http.port") + "/posdesk/" + path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
