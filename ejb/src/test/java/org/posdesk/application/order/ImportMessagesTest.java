package org.posdesk.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every problem has words in both languages, and they format. */
class ImportMessagesTest {

    @Test
    void everyCodeHasAMessageInEachLanguage() throws IOException {
        Properties zh = load("ImportMessages_zh_CN.properties");
        Properties en = load("ImportMessages_en.properties");
        Properties root = load("ImportMessages.properties");
        assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(zh.keySet());
        assertThat(root).isEqualTo(zh);
        for (ImportProblem.Code code : ImportProblem.Code.values()) {
            assertThat(zh).containsKey("import.problem." + code.name());
        }
    }

    @Test
    void aProblemReadsInTheReadersLanguage() {
        ImportProblem problem = new ImportProblem(7, "amount", ImportProblem.Code.AMOUNT_TOO_PRECISE, "1.234", "2");

        assertThat(ImportMessages.line(problem, Locale.ENGLISH))
                .isEqualTo("Row 7 · amount: Amount \"1.234\" has more decimals than the 2 its currency allows.");
        assertThat(ImportMessages.line(problem, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("第 7 行 · amount: 金额“1.234”的小数位数超过了该币种允许的 2 位。");
        assertThat(ImportMessages.text(problem, Locale.FRENCH)).startsWith("金额");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ImportMessages.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
