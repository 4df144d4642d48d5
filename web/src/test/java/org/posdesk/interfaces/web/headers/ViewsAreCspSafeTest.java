package org.posdesk.interfaces.web.headers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Facelets file, read as text: what the page policy would block, and what would make a view
 * stateless. PrimeFaces gives its own components' {@code on*} attributes a nonce; an inline
 * {@code <script>} or an {@code on*} attribute on plain HTML gets none and silently stops working.
 */
class ViewsAreCspSafeTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");
    // An element without a namespace prefix (plain HTML) with an on... attribute.
    private static final Pattern PLAIN_HANDLER = Pattern.compile("<[a-zA-Z][\\w-]*(?=[\\s/>])[^>]*\\son[a-z]+\\s*=");
    private static final Pattern TRANSIENT = Pattern.compile("\\btransient\\s*=\\s*\"(true|#\\{)");

    @Test
    void noPageHasAnInlineScriptOrAHandlerOnPlainHtml() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path view : views()) {
            String text = withoutComments(Files.readString(view, StandardCharsets.UTF_8));
            find(INLINE_SCRIPT, text, view, problems);
            find(PLAIN_HANDLER, text, view, problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noViewIsTransient() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path view : views()) {
            find(TRANSIENT, withoutComments(Files.readString(view, StandardCharsets.UTF_8)), view, problems);
        }
        assertThat(problems).as("a transient view has no server state: a forged post is not recognised").isEmpty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        List<String> problems = new ArrayList<>();
        Path page = Path.of("example.xhtml");
        find(INLINE_SCRIPT, "<script>alert(1)</script><script src=\"x.js\"></script>", page, problems);
        find(PLAIN_HANDLER, "<button id=\"b\"\n onclick=\"go()\">", page, problems);
        find(PLAIN_HANDLER, "<p:commandButton onclick=\"go()\"/><h:link onclick=\"go()\"/>", page, problems);
        find(TRANSIENT, "<f:view transient=\"true\">", page, problems);
        assertThat(problems).hasSize(3);
    }

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            List<Path> views = files.filter(p -> p.toString().endsWith(".xhtml")).toList();
            assertThat(views).hasSizeGreaterThan(10);
            return views;
        }
    }

    private static String withoutComments(String text) {
        return text.replaceAll("(?s)<!--.*?-->", "");
    }

    private static void find(Pattern pattern, String text, Path view, List<String> problems) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            problems.add(view + ": " + m.group());
        }
    }
}
