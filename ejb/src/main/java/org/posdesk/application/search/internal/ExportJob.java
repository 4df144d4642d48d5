package org.posdesk.application.search.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.posdesk.application.search.ExportFormat;
import org.posdesk.application.search.ExportStatus;

/** One background export: whose it is, its file, and how far it has got (read by the page's poll). */
public final class ExportJob {

    final String id;
    final String owner;
    final ExportFormat format;
    final Path file;
    final String fileName;
    final Instant startedAt;
    final AtomicLong written = new AtomicLong();
    private volatile long expected = -1;
    private volatile ExportStatus.State state = ExportStatus.State.RUNNING;

    ExportJob(String id, String owner, ExportFormat format, Path file, String fileName, Instant startedAt) {
        this.id = id;
        this.owner = owner;
        this.format = format;
        this.file = file;
        this.fileName = fileName;
        this.startedAt = startedAt;
    }

    void expect(long rows) {
        expected = rows;
    }

    void finish(ExportStatus.State end) {
        state = end;
    }

    ExportStatus.State state() {
        return state;
    }

    ExportStatus status() {
        return new ExportStatus(id, state, written.get(), expected, fileName);
    }
}
