package org.posdesk.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.posdesk.application.HealthService;
import org.posdesk.application.HealthView;
import org.posdesk.application.HealthView.Part;
import org.posdesk.connector.TerminalConnection;
import org.posdesk.connector.TerminalConnectionFactory;
import org.posdesk.infrastructure.config.Settings;

@Stateless
public class HealthServiceBean implements HealthService {

    private static final Logger LOG = Logger.getLogger(HealthServiceBean.class.getName());
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;
    /** Several missed check-ins (every 5 s by default) before the scheduler counts as stopped. */
    private static final long CHECKIN_GRACE_MILLIS = 30_000;

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;

    @Resource(lookup = TerminalConnectionFactory.JNDI_NAME)
    private TerminalConnectionFactory terminals;

    // No transaction: a health probe must answer even when the transaction manager cannot enlist.
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public HealthView check() {
        List<String> problems = new ArrayList<>();
        Part database = Part.DOWN;
        Part scheduler = schedulerOff() ? Part.OFF : Part.DOWN;
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                database = Part.UP;
                if (scheduler != Part.OFF) {
                    scheduler = schedulerCheckedIn(connection) ? Part.UP : Part.DOWN;
                }
            } else {
                problems.add("database connection is not valid");
            }
        } catch (SQLException e) {
            problems.add("database unreachable: " + e.getClass().getSimpleName());
        }
        if (scheduler == Part.DOWN && database == Part.UP) {
            problems.add("no scheduler instance checked in within " + CHECKIN_GRACE_MILLIS / 1000 + " s");
        }
        Part listener = listening() ? Part.UP : Part.DOWN;
        if (listener == Part.DOWN) {
            problems.add("terminal listener not bound");
        }
        return new HealthView(database, listener, scheduler, problems.isEmpty() ? null : String.join("; ", problems));
    }

    private static boolean schedulerOff() {
        return Settings.get("scheduler").map(v -> v.equalsIgnoreCase("off")).orElse(false);
    }

    // The clustered job store's own table: a running scheduler checks in every few seconds.
    private static boolean schedulerCheckedIn(Connection connection) {
        try (PreparedStatement s = connection.prepareStatement(
                "select count(*) from QRTZ_SCHEDULER_STATE where SCHED_NAME = 'posdesk' and LAST_CHECKIN_TIME > ?")) {
            s.setLong(1, System.currentTimeMillis() - CHECKIN_GRACE_MILLIS);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    private boolean listening() {
        try (TerminalConnection connection = terminals.getConnection()) {
            return connection.isListening();
        } catch (Exception e) {
            LOG.log(Level.FINE, "terminal adapter not reachable for the health check", e);
            return false;
        }
    }
}
