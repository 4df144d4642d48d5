package org.posdesk.application.statement.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.posdesk.application.statement.format.StatementFormatException;

/**
 * A statement file as delivered: plain, gzip ({@code .gz}) or a zip holding one file (entry names
 * in GBK unless the zip flags them UTF-8, as Chinese acquirers write them). Opens the content
 * decompressed, counting the delivered bytes read for progress, and hashes it.
 */
final class StatementSource {

    private static final Charset ZIP_NAMES = Charset.forName("GBK");

    private StatementSource() {
    }

    /** The content as a stream, and the name of the file inside (the zip entry's, else the file's). */
    record Opened(InputStream content, String innerName, AtomicLong deliveredBytesRead) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            content.close();
        }
    }

    /** The SHA-256 of the decompressed content and the inner file name. */
    record Digest(String sha256, String innerName) {
    }

    static Opened open(Path file, String fileName) throws IOException {
        AtomicLong read = new AtomicLong();
        InputStream raw = new Counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16), read);
        String lower = fileName.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".gz") || lower.endsWith(".gzip")) {
                return new Opened(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16),
                        fileName.substring(0, fileName.lastIndexOf('.')), read);
            }
            if (lower.endsWith(".zip")) {
                ZipInputStream zip = new ZipInputStream(raw, ZIP_NAMES);
                ZipEntry entry = nextFile(zip);
                if (entry == null) {
                    throw new StatementFormatException("the zip holds no file");
                }
                return new Opened(new SingleEntry(zip), entry.getName().substring(entry.getName().lastIndexOf('/') + 1),
                        read);
            }
            return new Opened(raw, fileName, read);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    static Digest digest(Path file, String fileName) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Opened opened = open(file, fileName); InputStream in = new DigestInputStream(opened.content(), sha)) {
            in.transferTo(OutputNowhere.INSTANCE);
            return new Digest(HexFormat.of().formatHex(sha.digest()), opened.innerName());
        }
    }

    private static ZipEntry nextFile(ZipInputStream zip) throws IOException {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (!e.isDirectory()) {
                return e;
            }
        }
        return null;
    }

    /** The zip's one file; a second file makes the statement ambiguous, so reading it fails. */
    private static final class SingleEntry extends FilterInputStream {
        private boolean checked;

        SingleEntry(ZipInputStream zip) {
            super(zip);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n < 0 && !checked) {
                checked = true;
                if (nextFile((ZipInputStream) in) != null) {
                    throw new StatementFormatException("the zip holds more than one file; send one statement per zip");
                }
            }
            return n;
        }
    }

    private static final class Counting extends FilterInputStream {
        private final AtomicLong count;

        Counting(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }

    private static final class OutputNowhere extends java.io.OutputStream {
        static final OutputNowhere INSTANCE = new OutputNowhere();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
