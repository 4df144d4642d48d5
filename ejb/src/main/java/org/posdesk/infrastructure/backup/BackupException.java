package org.posdesk.infrastructure.backup;

/** A backup or its verification went wrong; the message is the reason shown to administrators. */
public class BackupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
