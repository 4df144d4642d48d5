package org.posdesk.application;

/** The result of a health check; {@code detail} explains a failure and never holds a secret. */
public record HealthView(boolean databaseUp, String detail) {

    public boolean isUp() {
        return databaseUp;
    }
}
