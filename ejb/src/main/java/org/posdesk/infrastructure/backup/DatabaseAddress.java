package org.posdesk.infrastructure.backup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the MariaDB client tools connect: the host, port and database of a JDBC URL. */
public record DatabaseAddress(String host, int port, String database) {

    private static final Pattern URL = Pattern.compile(
            "jdbc:(?:mariadb|mysql)://(?:[^@/]*@)?(\\[[^]]+]|[^:/,?]+)(?::(\\d+))?(?:,[^/]*)?/([^?;]+).*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    public DatabaseAddress {
        requireName(database);
    }

    public static DatabaseAddress parse(String jdbcUrl) {
        Matcher m = URL.matcher(jdbcUrl == null ? "" : jdbcUrl.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a MariaDB JDBC URL with a database: " + jdbcUrl);
        }
        String host = m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
        return new DatabaseAddress(host, m.group(2) == null ? 3306 : Integer.parseInt(m.group(2)), m.group(3));
    }

    /** The same server, another database: the scratch database a backup is verified in. */
    public DatabaseAddress withDatabase(String other) {
        return new DatabaseAddress(host, port, other);
    }

    /**
     * Database names go into SQL and command lines, so only plain names are accepted (letters,
     * digits, underscore), the same rule as bin/mariadb-private.
     */
    public static String requireName(String database) {
        if (database == null || !NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        return database;
    }
}
