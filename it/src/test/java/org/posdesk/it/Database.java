package org.posdesk.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The database under test, as seen from the test JVM (the server has its own datasource). */
public final class Database {

    private Database() {
    }

    public static String url() {
        return System.getProperty("posdesk.db.url");
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), System.getProperty("posdesk.db.user"),
                System.getProperty("posdesk.db.password"));
    }

    /** The scratch database beside the one under test, for tests that rebuild a schema. */
    public static Connection connectScratch() throws SQLException {
        return DriverManager.getConnection(scratchUrl(), System.getProperty("posdesk.db.user"),
                System.getProperty("posdesk.db.password"));
    }

    /** Empties the scratch database and migrates posdesk's schema into it, for a plan check to fill. */
    public static void migrateScratchAfresh() {
        org.flywaydb.core.Flyway flyway = org.flywaydb.core.Flyway.configure()
                .dataSource(scratchUrl(), System.getProperty("posdesk.db.user"), System.getProperty("posdesk.db.password"))
                .locations("classpath:db/migration").cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
    }

    public static String scratchUrl() {
        String url = url();
        int query = url.indexOf('?');
        return query < 0 ? url + "_scratch" : url.substring(0, query) + "_scratch" + url.substring(query);
    }

    /**
     * A database of its own beside the one under test, named after it plus {@code suffix}, for a
     * test that migrates a fresh schema and fills it (the plan checks).
     */
    public static final class Beside {
        private final String suffix;

        /** Named when asked: the database under test is known only once the run has set it up. */
        public Beside(String suffix) {
            this.suffix = suffix;
        }

        public String name() {
            String url = Database.url();
            String path = url.substring(url.lastIndexOf('/') + 1);
            int query = path.indexOf('?');
            return (query < 0 ? path : path.substring(0, query)) + suffix;
        }

        public String url() {
            String url = Database.url();
            int query = url.indexOf('?');
            String base = url.substring(0, url.lastIndexOf('/') + 1) + name();
            return query < 0 ? base : base + url.substring(query);
        }

        public String user() {
            return System.getProperty("posdesk.db.user");
        }

        public String password() {
            return System.getProperty("posdesk.db.password");
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url(), user(), password());
        }

        /** Drops it if a run left it behind, creates it anew and migrates posdesk's schema into it. */
        public void recreateMigrated() throws SQLException {
            drop();
            try (Connection c = Database.connect(); java.sql.Statement s = c.createStatement()) {
                s.execute("create database `" + name() + "` character set utf8mb4 collate utf8mb4_unicode_ci");
            }
            org.flywaydb.core.Flyway.configure().dataSource(url(), user(), password())
                    .locations("classpath:db/migration").load().migrate();
        }

        public void drop() throws SQLException {
            try (Connection c = Database.connect(); java.sql.Statement s = c.createStatement()) {
                s.execute("drop database if exists `" + name() + "`");
            }
        }
    }
}
