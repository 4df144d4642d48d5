package org.posdesk.application.metrics;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.posdesk.connector.TerminalConnection;
import org.posdesk.connector.TerminalConnectionFactory;

/**
 * Reads the shared figures with a handful of grouped counts, each served by an index (batches and
 * cases by state, open alerts, the job table), and adds this node's traffic and connections.
 */
@Stateless
public class MetricsBean implements Metrics {

    private static final Logger LOG = Logger.getLogger(MetricsBean.class.getName());

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;

    @Resource(lookup = TerminalConnectionFactory.JNDI_NAME)
    private TerminalConnectionFactory connections;

    @Inject
    private TerminalTraffic traffic;

    // Read-only counts: no transaction to enlist, and a scrape must not wait for one.
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String prometheusText() {
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            long[] here = here();
            Gauges gauges = new Gauges(
                    single(c, "select count(*) from terminal where connected = true"), here[0], here[1] == 1,
                    grouped(c, "select state, count(*) from batch group by state"),
                    grouped(c, "select kind, count(*) from alert where state = 'OPEN' group by kind"),
                    jobs(c),
                    grouped(c, "select state, count(*) from missing_order_case group by state"));
            return PrometheusText.render(traffic.snapshot(), gauges);
        } catch (SQLException e) {
            throw new IllegalStateException("metrics: database unreachable (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Terminals connected here and whether the listener is bound; nothing when the adapter is not reachable. */
    private long[] here() {
        try (TerminalConnection connection = connections.getConnection()) {
            return new long[] {connection.connectedTerminals(), connection.isListening() ? 1 : 0};
        } catch (Exception e) {
            LOG.log(Level.FINE, "terminal adapter not reachable for metrics", e);
            return new long[] {0, 0};
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static Map<String, Long> grouped(Connection c, String sql) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                counts.put(r.getString(1), r.getLong(2));
            }
        }
        return counts;
    }

    private static Map<String, long[]> jobs(Connection c) throws SQLException {
        Map<String, long[]> jobs = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("select name, runs, failures from job_run");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                jobs.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3)});
            }
        }
        return jobs;
    }
}
