package org.posdesk.application.statement.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The little JDBC the import needs. */
final class Sql {

    private Sql() {
    }

    /** One id from a pooled sequence: its block's top value, which Hibernate never hands out for another fetch. */
    static long nextId(Connection c, String sequence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select nextval(" + sequence + ")"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }
}
