package org.posdesk.application.statement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posdesk.application.statement.format.StatementFormatException;

/** Delivered files: plain, gzip and zip (GBK entry names) read alike and hash alike (gotcha 1, 6). */
class StatementSourceTest {

    private static final byte[] CONTENT = "终端号,参考号\r\nT1,R1\r\n".getBytes(Charset.forName("GBK"));

    @Test
    void plainGzipAndZipHaveTheSameContentHashAndTheZipEntryNameIsGbk(@TempDir Path dir) throws Exception {
        Path plain = Files.write(dir.resolve("a.csv"), CONTENT);
        Path gz = Files.write(dir.resolve("a.csv.gz"), gzip(CONTENT));
        Path zip = Files.write(dir.resolve("a.zip"), zip(Charset.forName("GBK"), "对账单_20261121.csv"));
        StatementSource.Digest p = StatementSource.digest(plain, "a.csv");
        StatementSource.Digest g = StatementSource.digest(gz, "a.csv.gz");
        StatementSource.Digest z = StatementSource.digest(zip, "a.zip");
        assertThat(p.sha256()).hasSize(64).isEqualTo(g.sha256()).isEqualTo(z.sha256());
        assertThat(g.innerName()).isEqualTo("a.csv");
        assertThat(z.innerName()).isEqualTo("对账单_20261121.csv");
        try (StatementSource.Opened opened = StatementSource.open(zip, "a.zip")) {
            assertThat(opened.content().readAllBytes()).isEqualTo(CONTENT);
            assertThat(opened.deliveredBytesRead().get()).isEqualTo(Files.size(zip));
        }
    }

    @Test
    void aZipWithTwoFilesOrNoneIsRefused(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : new String[] {"one.csv", "two.csv"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(CONTENT);
                zip.closeEntry();
            }
        }
        Path two = Files.write(dir.resolve("two.zip"), out.toByteArray());
        assertThatThrownBy(() -> StatementSource.digest(two, "two.zip")).isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("more than one file");
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        new ZipOutputStream(empty).close();
        Path none = Files.write(dir.resolve("none.zip"), empty.toByteArray());
        assertThatThrownBy(() -> StatementSource.digest(none, "none.zip")).isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("no file");
    }

    private static byte[] gzip(byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }

    private static byte[] zip(Charset names, String entry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, names)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(CONTENT);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

}
