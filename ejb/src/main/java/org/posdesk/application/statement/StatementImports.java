package org.posdesk.application.statement;

import jakarta.ejb.Local;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Imports acquirer statement files (plain, .gz, or a .zip holding one file) through a statement
 * profile. A file whose content (after decompression) was imported before is refused. Lines that
 * cannot be read are reported by line number and field; whether the rest is imported is the
 * profile's policy. Staff only (agents and administrators): a statement covers many merchants.
 */
@Local
public interface StatementImports {

    /** Bad lines kept per import in the report; further ones are only counted. */
    int MAX_REPORTED_PROBLEMS = 1000;

    List<ProfileView> profiles();

    /**
     * Starts an import in the background and returns at once (state RUNNING); the file is deleted
     * when the import ends.
     *
     * @param clearingDate null to take it from the file name (or, for files with full dates, the lines)
     */
    ImportView start(String profile, String fileName, Path file, LocalDate clearingDate, String origin);

    /** The same, waiting for the outcome; the file is left in place. */
    ImportView importFile(String profile, String fileName, Path file, LocalDate clearingDate, String origin);

    ImportPage list(ImportPage.Cursor after, int size);

    Optional<ImportView> find(long id);

    /** The reported bad lines, in line order. */
    List<ImportProblemRow> problems(long importId);
}
