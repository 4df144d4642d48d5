package org.posdesk.domain.terminal;

import java.util.Optional;

/**
 * What {@link Terminal#recordContact} produced: the contact row to store and, when the terminal
 * had been silent beyond its allowance, the closed gap to store with it.
 */
public record RecordedContact(TerminalContact contact, Optional<OfflineGap> gap) {
}
