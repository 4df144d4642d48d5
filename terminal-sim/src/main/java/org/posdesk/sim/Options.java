package org.posdesk.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value}, {@code --name=value} and bare flags. */
final class Options {

    private static final Set<String> FLAGS = Set.of("live", "help");

    private final String command;
    private final Map<String, String> values;

    private Options(String command, Map<String, String> values) {
        this.command = command;
        this.values = values;
    }

    static Options parse(List<String> args) {
        Map<String, String> values = new HashMap<>();
        String command = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                if (command != null) {
                    throw new IllegalArgumentException("unexpected argument " + arg);
                }
                command = arg;
                continue;
            }
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            if (eq >= 0) {
                values.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (FLAGS.contains(name)) {
                values.put(name, "true");
            } else if (i + 1 < args.size()) {
                values.put(name, args.get(++i));
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return new Options(command == null ? "help" : command, values);
    }

    String command() {
        return command;
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        return get(name).map(Integer::parseInt).orElse(fallback);
    }

    long number(String name, long fallback) {
        return get(name).map(Long::parseLong).orElse(fallback);
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }

    /** {@code 60}, {@code 60s}, {@code 5m}, {@code 1500ms} as seconds (fractions allowed). */
    double seconds(String name, double fallback) {
        return get(name).map(Options::toSeconds).orElse(fallback);
    }

    static double toSeconds(String text) {
        String t = text.trim().toLowerCase();
        if (t.endsWith("ms")) {
            return Double.parseDouble(t.substring(0, t.length() - 2)) / 1000;
        }
        if (t.endsWith("s")) {
            return Double.parseDouble(t.substring(0, t.length() - 1));
        }
        if (t.endsWith("m")) {
            return Double.parseDouble(t.substring(0, t.length() - 1)) * 60;
        }
        return Double.parseDouble(t);
    }
}
