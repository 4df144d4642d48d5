package org.posdesk.interfaces.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each bundle file is read on its own: through {@code ResourceBundle.getBundle} a key missing
 * from the English file would quietly come from the Chinese parent and hide the gap.
 */
class MessageBundlesTest {

    private static final String BASE = "/org/posdesk/interfaces/web/i18n/messages";

    private static final Map<String, String> CHINESE = load("_zh_CN");
    private static final Map<String, String> ENGLISH = load("_en");
    private static final Map<String, String> FALLBACK = load("");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(ENGLISH.keySet())
                .as("keys in messages_en.properties compared with messages_zh_CN.properties")
                .containsExactlyInAnyOrderElementsOf(CHINESE.keySet());
    }

    @Test
    void noValueIsBlank() {
        assertThat(CHINESE).as("messages_zh_CN.properties").allSatisfy((key, value) ->
                assertThat(value).as(key).isNotBlank());
        assertThat(ENGLISH).as("messages_en.properties").allSatisfy((key, value) ->
                assertThat(value).as(key).isNotBlank());
    }

    @Test
    void fallbackIsChinese() {
        assertThat(FALLBACK).as("messages.properties").isEqualTo(CHINESE);
    }

    @Test
    void everyBatchStateHasAName() {
        Stream.of("OPEN", "SETTLING", "BALANCED", "UNBALANCED", "UPLOADING", "UPLOADED",
                "UPLOAD_INCOMPLETE", "RESUBMIT_PENDING", "DISCREPANT", "RECONCILED")
                .map(state -> "batch.state." + state)
                .forEach(key -> assertThat(CHINESE).containsKey(key));
    }

    @Test
    void everyAlertKindHasAName() {
        Stream.of(org.posdesk.domain.alert.AlertKind.values())
                .map(kind -> "alert.kind." + kind.name())
                .forEach(key -> assertThat(CHINESE).containsKey(key));
    }

    @Test
    void failedSignInNamesNeitherFieldAlone() {
        assertThat(CHINESE).containsEntry("login.failed", "用户名或密码错误");
        assertThat(ENGLISH).containsEntry("login.failed", "Wrong user name or password");
    }

    /** Strict UTF-8, so a file saved in another encoding fails here instead of showing mojibake. */
    private static Map<String, String> load(String suffix) {
        String path = BASE + suffix + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            ResourceBundle bundle = new PropertyResourceBundle(reader);
            Map<String, String> entries = new TreeMap<>();
            for (String key : Collections.list(bundle.getKeys())) {
                entries.put(key, bundle.getString(key));
            }
            return entries;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }
}
