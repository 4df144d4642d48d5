package org.posdesk.application.terminals;

import jakarta.ejb.Local;

/**
 * A terminal's MAC key as administrators manage it: when the key in use was activated and whether
 * a new one waits for the terminal's next sign-on. Key material never leaves the vault through
 * this interface. Every method refuses anyone but an administrator with
 * {@code AccessDeniedException}.
 */
@Local
public interface TerminalKeys {

    KeyStatus status(String tid);

    /**
     * Stages a new random MAC key, encrypted under the master key; the terminal receives it (under
     * its TMK) in field 62 of its next sign-on reply, and posdesk accepts either key until a request
     * verifies under the new one. A rotation already pending is kept, not replaced. Audited.
     */
    KeyStatus requestMacKeyRotation(String tid, String origin);
}
