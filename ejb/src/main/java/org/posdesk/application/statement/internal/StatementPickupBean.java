package org.posdesk.application.statement.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.posdesk.application.statement.ImportState;
import org.posdesk.application.statement.StatementPickup;
import org.posdesk.application.statement.format.StatementProfile;
import org.posdesk.infrastructure.config.Settings;
import org.posdesk.infrastructure.crypto.KeyVault;

/**
 * Imports what lies in {@code POSDESK_STATEMENT_DROP/<profile>/} (default
 * {@code ${jboss.server.data.dir}/statements}). A file is taken only when it has not changed for
 * {@code POSDESK_STATEMENT_DROP_SETTLE} (default 10s), so one still being copied in waits; names
 * starting with a dot or ending in .part or .tmp are never taken. Acquirer files carry full card
 * numbers, so none stays readable once read: an imported file is deleted (its lines are stored,
 * masked, and its hash is on the import row); a refused or failed one is sealed under the master
 * key into {@code rejected/<name>.sealed} (the import row says why; {@code bin/posdesk unseal}
 * opens it for whoever holds the key) and the plain file deleted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatementPickupBean implements StatementPickup {

    static final String JOB_USER = "job:statement-pickup";
    private static final Logger LOG = Logger.getLogger(StatementPickupBean.class.getName());

    @EJB
    private ImportRecords records;
    @EJB
    private ImportRunner runner;
    @Inject
    private KeyVault vault;

    static Path dropFolder() {
        return Settings.get("statement.drop").map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "statements"));
    }

    @Override
    public String pickUp() {
        Path drop = dropFolder();
        Duration settle = Settings.duration("statement.drop.settle", Duration.ofSeconds(10));
        int interrupted = records.failStale(Settings.duration("statement.import.stale", Duration.ofMinutes(10)));
        int imported = 0;
        int rejected = 0;
        for (StatementProfile profile : ProfileRegistry.current().all()) {
            for (Path file : ready(drop.resolve(profile.name()), settle)) {
                ImportRequest request = new ImportRequest(profile, file.getFileName().toString(), file, null, JOB_USER,
                        null, "DROP_FOLDER");
                long id = records.begin(request, StatementImportsBean.size(file));
                boolean ok = runner.run(id, request) == ImportState.IMPORTED;
                if (ok) {
                    delete(file);
                } else {
                    sealAway(file);
                }
                if (ok) {
                    imported++;
                } else {
                    rejected++;
                }
            }
        }
        return "imported=" + imported + " rejected=" + rejected + (interrupted > 0 ? " interrupted=" + interrupted : "");
    }

    private static List<Path> ready(Path folder, Duration settle) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        Instant settledBefore = Instant.now().minus(settle);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp")
                        && Files.getLastModifiedTime(p).toInstant().isBefore(settledBefore)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the statement drop folder " + folder, e);
        }
        files.sort(null);
        return files;
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            // Left in place it would be picked up again and refused as seen before: loud, not lost.
            LOG.warning(() -> "cannot delete the imported statement " + file.getFileName() + ": " + e);
        }
    }

    private void sealAway(Path file) {
        if (!vault.isConfigured()) {
            LOG.warning(() -> "no master key: the refused statement " + file.getFileName()
                    + " is kept unsealed in rejected/ and may hold full card numbers");
            move(file, "rejected");
            return;
        }
        try {
            Path folder = Files.createDirectories(file.resolveSibling("rejected"));
            Path target = unused(folder, file.getFileName() + ".sealed");
            Path part = folder.resolve("." + target.getFileName() + ".part");
            try (InputStream in = Files.newInputStream(file);
                 OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW)) {
                vault.seal(in, out);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(file);
        } catch (IOException e) {
            LOG.warning(() -> "cannot seal the refused statement " + file.getFileName() + ": " + e);
        }
    }

    private static Path unused(Path folder, String name) {
        Path target = folder.resolve(name);
        return Files.exists(target) ? folder.resolve(System.currentTimeMillis() + "-" + name) : target;
    }

    private static void move(Path file, String to) {
        try {
            Path folder = Files.createDirectories(file.resolveSibling(to));
            Files.move(file, unused(folder, file.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warning(() -> "cannot move " + file.getFileName() + " to " + to + ": " + e);
        }
    }
}
