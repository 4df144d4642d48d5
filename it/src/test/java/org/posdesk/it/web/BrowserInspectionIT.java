package org.posdesk.it.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The checks every browser IT relies on, shown to fire in the real browser (no server needed):
 * a script the page's Content-Security-Policy blocks and a full card number on a page each fail
 * the page load; a clean page under a policy passes.
 */
class BrowserInspectionIT {

    private static final String POLICY = "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self'\">";

    @Test
    void aScriptThePolicyBlocksFailsThePage() {
        try (Browser browser = new Browser()) {
            assertThatThrownBy(() -> browser.open(page(POLICY, "<p>x</p><script>document.title='ran'</script>")))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("Content-Security-Policy violations");
            browser.driver().get("about:blank"); // closing inspects the last page again
        }
    }

    @Test
    void aFullCardNumberOnAPageFailsIt() {
        try (Browser browser = new Browser()) {
            assertThatThrownBy(() -> browser.open(page("", "<p>4111111111111111</p>")))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("411111******1111");
            browser.driver().get("about:blank");
        }
    }

    @Test
    void aCleanPageUnderAPolicyPasses() {
        try (Browser browser = new Browser()) {
            assertThatCode(() -> browser.open(page(POLICY, "<p>622202******1234</p>"))).doesNotThrowAnyException();
        }
    }

    private static String page(String head, String body) {
        return "data:text/html;charset=utf-8," + URLEncoder.encode("<!DOCTYPE html><html><head>" + head
                + "</head><body>" + body + "</body></html>", StandardCharsets.UTF_8).replace("+", "%20");
    }
}
