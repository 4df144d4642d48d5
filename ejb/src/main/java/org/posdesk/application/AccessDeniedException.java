package org.posdesk.application;

import jakarta.ejb.ApplicationException;

/**
 * The caller asked for something outside their merchant, stores or role. Thrown by the service
 * layer whatever the page or id; rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
