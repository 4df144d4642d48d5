package org.posdesk.application.backup.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.posdesk.infrastructure.backup.BackupEngine;
import org.posdesk.infrastructure.backup.BackupException;
import org.posdesk.infrastructure.backup.BackupName;
import org.posdesk.infrastructure.backup.DumpFigures;

/**
 * One backup from start to proof: dump, record, verify by restoring into the scratch database,
 * record the outcome, then apply retention. Runs outside any transaction — a dump of a large
 * journal outlasts every transaction timeout — and records each step in its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupRun {

    private static final Logger LOG = Logger.getLogger(BackupRun.class.getName());

    @EJB
    private BackupRecords records;

    private final Clock clock = Clock.systemUTC();

    /** @return a line for the job's run record */
    public String run(String requestedBy, String node) {
        BackupSettings settings = BackupSettings.current();
        int interrupted = records.failInterrupted();
        Instant started = clock.instant();
        String name = BackupName.of(started);
        long id = records.start(name, requestedBy, node, started);
        Path file = settings.folder().resolve(name);
        BackupEngine engine = settings.engine();
        BackupEngine.Dumped dumped;
        try {
            dumped = engine.dump(settings.database(), file);
        } catch (RuntimeException e) {
            records.failed(id, "the dump failed: " + e.getMessage(), null);
            throw e;
        }
        records.dumped(id, dumped.size(), dumped.took(), dumped.figures());
        DumpFigures expected = records.verifying(id);
        BackupEngine.Verification verification;
        try {
            verification = engine.verify(file, expected, settings.scratch());
        } catch (RuntimeException e) {
            records.failed(id, "the verification failed: " + e, null);
            throw e;
        }
        if (verification.passed()) {
            records.verified(id, verification.took());
        } else {
            records.failed(id, verification.failure().orElseThrow(), verification.took());
        }
        int removed = applyRetention(settings);
        String summary = name + " " + (verification.passed() ? "VERIFIED" : "FAILED: " + verification.failure().get())
                + ", " + dumped.figures().rows() + " rows, " + dumped.size() + " bytes, dump " + millis(dumped.took())
                + ", verify " + millis(verification.took()) + ", " + removed + " old files removed"
                + (interrupted > 0 ? ", " + interrupted + " interrupted backups failed" : "");
        LOG.info(summary);
        if (!verification.passed()) {
            throw new BackupException(summary);
        }
        return summary;
    }

    private int applyRetention(BackupSettings settings) {
        List<String> gone = records.removeBeyond(settings.retention());
        for (String fileName : gone) {
            try {
                Files.deleteIfExists(settings.folder().resolve(fileName));
            } catch (IOException e) {
                LOG.warning(() -> "cannot delete old backup " + fileName + ": " + e);
            }
        }
        return gone.size();
    }

    private static String millis(Duration d) {
        return d.toMillis() + " ms";
    }
}
