package org.posdesk.application;

/**
 * The readiness of this node, part by part: the database answers, the terminal listener is bound,
 * and the clustered scheduler has checked in lately ({@link Part#OFF} on a node configured to run
 * no jobs, which does not make it unready). {@code detail} explains a failure and never holds a
 * secret.
 */
public record HealthView(Part database, Part terminalListener, Part scheduler, String detail) {

    public enum Part { UP, DOWN, OFF }

    public boolean isUp() {
        return database == Part.UP && terminalListener == Part.UP && scheduler != Part.DOWN;
    }

    public boolean databaseUp() {
        return database == Part.UP;
    }
}
