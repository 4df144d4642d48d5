package org.posdesk.application.search;

import jakarta.ejb.ApplicationException;

/**
 * A filter the service will not run, with a {@link #reason() reason} code that pages turn into
 * words (bundle key {@code search.invalid.<reason>}); the message says the same in English for
 * logs and REST clients.
 */
@ApplicationException(rollback = true)
public class InvalidSearchException extends RuntimeException {

    private final String reason;

    public InvalidSearchException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
