package org.posdesk.domain.shared;

/** A state machine (batch, case, resubmission, order) was asked for a move it does not allow. */
public class IllegalTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(String machine, Object from, Object to) {
        super(machine + " cannot move from " + from + " to " + to);
    }
}
