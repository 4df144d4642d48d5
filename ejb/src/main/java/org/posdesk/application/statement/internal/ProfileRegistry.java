package org.posdesk.application.statement.internal;

import java.nio.file.Path;
import java.util.Optional;
import org.posdesk.application.statement.format.StatementProfile;
import org.posdesk.application.statement.format.StatementProfiles;
import org.posdesk.infrastructure.config.Settings;

/**
 * The profiles in force: built-in, plus the folder named by {@code POSDESK_STATEMENT_PROFILES}.
 * Read on each use (a handful of small files), so a new acquirer needs no restart.
 */
final class ProfileRegistry {

    private ProfileRegistry() {
    }

    static StatementProfiles current() {
        return StatementProfiles.load(Settings.get("statement.profiles").map(Path::of).orElse(null));
    }

    static Optional<StatementProfile> find(String name) {
        return current().find(name);
    }
}
