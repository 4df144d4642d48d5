package org.posdesk.domain.alert;

/** OPEN until someone acknowledges it; a new occurrence opens it again. */
public enum AlertState {
    OPEN, ACKNOWLEDGED
}
