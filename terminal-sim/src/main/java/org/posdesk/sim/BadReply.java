package org.posdesk.sim;

/** A reply that does not answer the request: wrong MTI, STAN or MAC. The request stays queued. */
final class BadReply extends Exception {

    private static final long serialVersionUID = 1L;

    BadReply(String message) {
        super(message);
    }
}
