package org.posdesk.application.statement.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import org.posdesk.application.statement.format.StatementProfile;

/**
 * One file to import. {@code startedBy} is the user, or {@code job:statement-pickup}; {@code
 * source} is UPLOAD or DROP_FOLDER.
 */
record ImportRequest(StatementProfile profile, String fileName, Path file, LocalDate clearingDate, String startedBy,
                     String origin, String source) {
}
