package org.posdesk.application.casework;

import jakarta.ejb.ApplicationException;

/** The case, its payment or its order does not allow the action; nothing changed. */
@ApplicationException(rollback = true)
public class CaseActionRefusedException extends RuntimeException {

    private final String reason;

    /** @param reason a short code the pages turn into a message (case.refused.&lt;reason&gt;) */
    public CaseActionRefusedException(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
