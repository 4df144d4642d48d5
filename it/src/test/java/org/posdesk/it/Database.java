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

    public static String scratchUrl() {
        String url = url();
        int query = url.indexOf('?');
        return query < 0 ? url + "_scratch" : url.substring(0, query) + "_scratch" + url.substring(query);
    }
}
