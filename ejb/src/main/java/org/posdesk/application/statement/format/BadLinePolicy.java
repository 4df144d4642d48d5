package org.posdesk.application.statement.format;

/**
 * What a file with bad lines does, chosen per acquirer (and shown on the upload page): refused
 * whole, or its good lines imported and the bad ones reported.
 */
public enum BadLinePolicy {
    ALL_OR_NOTHING, GOOD_LINES
}
