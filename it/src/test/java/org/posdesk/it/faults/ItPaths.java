package org.posdesk.it.faults;

import java.nio.file.Path;

/** Where things are for the fault tests, from the system properties failsafe sets. */
final class ItPaths {

    private ItPaths() {
    }

    /** The repository: {@code posdesk.server.home} is {@code <root>/ear/target/wildfly}. */
    static Path root() {
        Path home = Path.of(System.getProperty("posdesk.server.home", "../ear/target/wildfly"));
        return home.toAbsolutePath().normalize().getParent().getParent().getParent();
    }

    /** {@code it/target}. */
    static Path target() {
        return root().resolve("it/target");
    }

    static Path reports() {
        return Path.of(System.getProperty("posdesk.it.reports", target().resolve("it-reports").toString()))
                .toAbsolutePath().normalize();
    }

    static Path script(String name) {
        return root().resolve("bin").resolve(name);
    }

    static Path simulatorJar() {
        return Path.of(System.getProperty("posdesk.sim.jar", root().resolve("terminal-sim/target/terminal-sim.jar")
                .toString())).toAbsolutePath().normalize();
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " not set (run through failsafe: "
                    + "./mvnw -B -pl it verify -Dit.test=...)");
        }
        return value;
    }
}
