package org.posdesk.application.statement.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.posdesk.domain.statement.LineData;
import org.posdesk.infrastructure.config.Settings;

/** Where parsed lines go: multi-row INSERTs (default) or one LOAD DATA ({@code POSDESK_STATEMENT_LOAD=loaddata}). */
interface LineSink extends AutoCloseable {

    void add(LineData line) throws SQLException;

    /** Writes what is pending; the load is complete after it. */
    void flush() throws SQLException;

    long written();

    @Override
    void close() throws SQLException;

    static LineSink open(Connection connection, long statementId) {
        boolean loadData = Settings.get("statement.load").map("loaddata"::equalsIgnoreCase).orElse(false);
        return loadData ? new LineLoader(connection, statementId) : new LineInserter(connection, statementId);
    }
}
