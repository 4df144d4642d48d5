package org.posdesk.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Which merchant each terminal belongs to: its MID. */
final class Fleet {

    private final Function<String, Optional<String>> mids;

    private Fleet(Function<String, Optional<String>> mids) {
        this.mids = mids;
    }

    /**
     * The demo tenant: 10000001..10000014 at 898310058120001, 10000015..10000028 at
     * 898310058120002, 10000029..10000040 at 898310058120003.
     */
    static Fleet demo() {
        return new Fleet(tid -> {
            int n;
            try {
                n = Integer.parseInt(tid) - 10_000_000;
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (n < 1 || n > 40) {
                return Optional.empty();
            }
            return Optional.of(n <= 14 ? "898310058120001" : n <= 28 ? "898310058120002" : "898310058120003");
        });
    }

    static Fleet single(String mid) {
        return new Fleet(tid -> Optional.of(mid));
    }

    /** Lines {@code TID MID}; blank lines and {@code #} comments are skipped. */
    static Fleet fromFile(Path file) {
        Map<String, String> map = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("[\\s,]+");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("expected 'TID MID' in " + file + ": " + line);
                }
                map.put(parts[0], parts[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Fleet(tid -> Optional.ofNullable(map.get(tid)));
    }

    String midFor(String tid) {
        return mids.apply(tid).orElseThrow(() -> new IllegalArgumentException("no MID for terminal " + tid
                + " (use --mid, --mid-for-tid-file or --fleet demo with TIDs 10000001..10000040)"));
    }

    /** Prefix plus the zero-padded number, 8 characters: prefix {@code 1}, number 1 → {@code 10000001}. */
    static String tid(String prefix, int number) {
        int width = 8 - prefix.length();
        String digits = Integer.toString(number);
        if (width < digits.length()) {
            throw new IllegalArgumentException("terminal " + number + " does not fit prefix " + prefix);
        }
        return prefix + "0".repeat(width - digits.length()) + digits;
    }
}
