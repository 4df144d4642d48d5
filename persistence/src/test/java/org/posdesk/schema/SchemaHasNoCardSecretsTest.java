package org.posdesk.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Reads V1__domain.sql as text: no column may be able to hold a PAN, track data, CVV or PIN. */
class SchemaHasNoCardSecretsTest {

    private static final Set<String> MASKED_CARD_COLUMNS = Set.of("card_bin", "card_last4");
    private static final Pattern COLUMN = Pattern.compile("^\\s*([a-z_][a-z0-9_]*)\\s+[A-Z]+", Pattern.MULTILINE);

    private static String migration() throws IOException {
        try (InputStream in = SchemaHasNoCardSecretsTest.class.getResourceAsStream("/db/migration/V1__domain.sql")) {
            assertThat(in).as("V1__domain.sql on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> columns(String sql) {
        String withoutComments = sql.replaceAll("--[^\\n]*", "");
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("CREATE TABLE \\w+ \\((.*?)\\) ENGINE", Pattern.DOTALL).matcher(withoutComments);
        while (m.find()) {
            Matcher c = COLUMN.matcher(m.group(1));
            while (c.find()) {
                String name = c.group(1).toLowerCase(Locale.ROOT);
                if (!name.equals("constraint") && !name.equals("index")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    @Test
    void theParserFindsTheColumns() throws IOException {
        assertThat(columns(migration())).contains("tid", "card_bin", "card_last4", "amount_minor", "hash");
    }

    @Test
    void noColumnCanHoldACardNumberOrCardSecret() throws IOException {
        assertThat(columns(migration()))
                .filteredOn(name -> !MASKED_CARD_COLUMNS.contains(name))
                .noneMatch(name -> name.contains("pan") || name.contains("track") || name.contains("cvv")
                        || name.contains("cvc") || name.equals("pin") || name.startsWith("pin_")
                        || name.endsWith("_pin") || name.contains("pin_block"));
    }

    @Test
    void noAutoIncrementAndNoFloatingPoint() throws IOException {
        String sql = migration().replaceAll("--[^\\n]*", "").toUpperCase(Locale.ROOT);
        assertThat(sql).doesNotContain("AUTO_INCREMENT").doesNotContain(" FLOAT").doesNotContain(" DOUBLE")
                .doesNotContain(" DECIMAL");
    }
}
