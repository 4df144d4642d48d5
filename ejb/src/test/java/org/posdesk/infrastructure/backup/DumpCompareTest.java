package org.posdesk.infrastructure.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpCompareTest {

    private static final String DUMP = """
            CREATE TABLE `merchant` (
              `id` bigint(20) NOT NULL
            );
            INSERT INTO `merchant` VALUES (1,'a'),(2,'b');
            -- Dump completed
            """;

    @TempDir
    Path dir;

    @Test
    void aRestoreHoldingWhatWasBackedUpMatches() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = DumpCompare.compare(backup(DUMP), stream(DUMP), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 tables, 2 rows");
    }

    @Test
    void aChangedValueIsNamedWithItsTable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = DumpCompare.compare(backup(DUMP), stream(DUMP.replace("'b'", "'c'")),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("DIFFERS: table merchant: checksum");
    }

    private Path backup(String text) throws Exception {
        Path file = dir.resolve("posdesk-test.sql.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
