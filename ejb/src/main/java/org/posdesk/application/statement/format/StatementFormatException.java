package org.posdesk.application.statement.format;

/**
 * The file as a whole cannot be read with the profile (no header, a summary that does not add up,
 * an unusable file name). Messages never quote the file's content.
 */
public class StatementFormatException extends RuntimeException {

    public StatementFormatException(String message) {
        super(message);
    }
}
