package org.posdesk.application.statement.internal;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.posdesk.application.statement.ImportState;
import org.posdesk.application.statement.format.StatementFormatException;
import org.posdesk.application.statement.format.StatementProfile;

/**
 * Runs one import outside any transaction: hash the content (pass one), refuse a file seen before,
 * then load it (pass two, one transaction). Every outcome ends in the import row.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @EJB
    private ImportRecords records;
    @EJB
    private ImportLoader loader;

    /** In the background; deletes the file afterwards (an upload's spool). */
    @Asynchronous
    public void runAndDelete(long importId, ImportRequest request) {
        try {
            run(importId, request);
        } finally {
            try {
                Files.deleteIfExists(request.file());
            } catch (IOException e) {
                LOG.warning(() -> "cannot delete the spooled upload of import " + importId + ": " + e);
            }
        }
    }

    public ImportState run(long importId, ImportRequest request) {
        String hash = null;
        try {
            StatementSource.Digest digest = StatementSource.digest(request.file(), request.fileName());
            hash = digest.sha256();
            Optional<String> before = records.importedBefore(hash);
            if (before.isPresent()) {
                return refuse(importId, request, hash, before.get());
            }
            LocalDate clearing = clearingDate(request, digest.innerName());
            LoadOutcome outcome = loader.load(importId, request, hash, clearing);
            if (outcome.imported()) {
                return ImportState.IMPORTED;
            }
            records.refuse(importId, request, ImportState.REJECTED, hash, outcome);
            return ImportState.REJECTED;
        } catch (StatementFormatException e) {
            return refuse(importId, request, hash, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            // A broken gzip or zip: the file, not posdesk, is at fault.
            return refuse(importId, request, hash, "the file cannot be read as " + kind(request.fileName()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "statement import " + importId + " failed", e);
            records.refuse(importId, request, ImportState.FAILED, hash, new LoadOutcome(false,
                    "the import failed (" + e.getClass().getSimpleName() + "); see the server log", 0, 0, 0,
                    java.util.List.of()));
            return ImportState.FAILED;
        }
    }

    private ImportState refuse(long importId, ImportRequest request, String hash, String message) {
        records.refuse(importId, request, ImportState.REJECTED, hash,
                new LoadOutcome(false, message, 0, 0, 0, java.util.List.of()));
        return ImportState.REJECTED;
    }

    private static LocalDate clearingDate(ImportRequest request, String innerName) {
        if (request.clearingDate() != null) {
            return request.clearingDate();
        }
        StatementProfile profile = request.profile();
        Optional<LocalDate> named = profile.clearingDateOf(innerName).or(() -> profile.clearingDateOf(request.fileName()));
        if (named.isEmpty() && "MMddHHmmss".equals(profile.format("time", ""))) {
            throw new StatementFormatException("the clearing date is needed (this statement's times carry no year):"
                    + " give it, or keep the acquirer's file name");
        }
        return named.orElse(null);
    }

    private static String kind(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".zip") ? "a zip" : lower.endsWith(".gz") ? "gzip" : "a statement";
    }
}
