package org.posdesk.application.statement.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The profiles posdesk knows: the built-in ones (resources next to this package's
 * {@code profiles/index.list}) and any {@code *.properties} in a configured folder, which may
 * also replace a built-in one of the same name. Adding an acquirer is adding a file.
 */
public final class StatementProfiles {

    private static final String BUILT_IN = "/org/posdesk/statement/profiles/";

    private final Map<String, StatementProfile> byName;

    private StatementProfiles(Map<String, StatementProfile> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    public static StatementProfiles builtIn() {
        return load(null);
    }

    /** Built-ins, then the folder's files (when the folder is given and exists). */
    public static StatementProfiles load(Path folder) {
        Map<String, StatementProfile> profiles = new LinkedHashMap<>();
        for (String name : builtInNames()) {
            try (InputStream in = StatementProfiles.class.getResourceAsStream(BUILT_IN + name + ".properties")) {
                put(profiles, read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (folder != null && Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.properties")) {
                for (Path file : files) {
                    try (InputStream in = Files.newInputStream(file)) {
                        put(profiles, read(in));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read statement profiles in " + folder, e);
            }
        }
        return new StatementProfiles(profiles);
    }

    private static void put(Map<String, StatementProfile> profiles, StatementProfile profile) {
        profiles.put(profile.name(), profile);
    }

    /** A profile from its properties text (UTF-8, so labels and column names can be Chinese). */
    public static StatementProfile read(InputStream in) throws IOException {
        Properties p = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return StatementProfile.of(p);
    }

    private static Iterable<String> builtInNames() {
        try (InputStream in = StatementProfiles.class.getResourceAsStream(BUILT_IN + "index.list")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<StatementProfile> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<StatementProfile> all() {
        return byName.values();
    }
}
