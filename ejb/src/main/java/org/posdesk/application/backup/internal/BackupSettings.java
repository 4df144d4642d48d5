package org.posdesk.application.backup.internal;

import java.nio.file.Path;
import java.time.ZoneOffset;
import org.posdesk.infrastructure.backup.BackupEngine;
import org.posdesk.infrastructure.backup.DatabaseAddress;
import org.posdesk.infrastructure.backup.MariaDbTools;
import org.posdesk.infrastructure.backup.Retention;
import org.posdesk.infrastructure.config.Settings;

/**
 * The backup configuration, read when a backup starts. The database and account are the server's
 * own (POSDESK_DB_URL / _USER / _PASSWORD, as the datasource gets them); the scratch database for
 * verification is {@code <database>_verify} unless POSDESK_BACKUP_VERIFY_DATABASE names another —
 * the account needs CREATE and DROP on it (bin/mariadb-private grants {@code <database>\_verify%}).
 */
record BackupSettings(Path folder, DatabaseAddress database, DatabaseAddress scratch, Retention retention,
                      MariaDbTools tools) {

    static BackupSettings current() {
        DatabaseAddress db = DatabaseAddress.parse(Settings.get("db.url")
                .orElse("jdbc:mariadb://127.0.0.1:3307/posdesk"));
        String scratch = Settings.get("backup.verify-database").orElse(db.database() + "_verify");
        Path folder = Settings.get("backup.dir").map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "backups"));
        Retention retention = new Retention(integer("backup.keep-daily", 7), integer("backup.keep-weekly", 4),
                ZoneOffset.UTC);
        MariaDbTools tools = new MariaDbTools(Settings.get("backup.dump-tool").orElse("mariadb-dump"),
                Settings.get("backup.client-tool").orElse("mariadb"), Settings.get("db.user").orElse("posdesk"),
                Settings.get("db.password").orElse("posdesk"));
        return new BackupSettings(folder, db, db.withDatabase(DatabaseAddress.requireName(scratch)), retention, tools);
    }

    BackupEngine engine() {
        return new BackupEngine(tools);
    }

    private static int integer(String key, int fallback) {
        return Settings.get(key).map(Integer::parseInt).orElse(fallback);
    }
}
