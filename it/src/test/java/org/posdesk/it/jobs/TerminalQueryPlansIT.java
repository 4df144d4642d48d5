package org.posdesk.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;

/**
 * Every query the jobs and the terminal pages run has an index MariaDB can use (the test tables
 * are small, so the optimiser may still scan them; what matters here is that the index exists
 * and fits the query).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TerminalQueryPlansIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @Test
    void theJobsAndTheTerminalPagesReadThroughIndexes() throws Exception {
        try (Connection c = Database.connect()) {
            assertThat(keys(c, "select * from terminal where online_until > now() - interval 1 minute"
                    + " and online_until <= now() and last_contact_at is not null order by online_until, id limit 500"))
                    .contains("ix_terminal_online_until");
            assertThat(keys(c, "select * from offline_gap where ended_at is null order by started_at, id limit 500"))
                    .contains("ix_offline_gap_open");
            assertThat(keys(c, "select * from card_transaction where (received_at > now() - interval 1 hour"
                    + " or (received_at = now() and id > 5)) and received_at <= now() order by received_at, id limit 1000"))
                    .contains("ix_card_transaction_received");
            assertThat(keys(c, "select * from card_transaction where card_last4 in ('1234', '5678')"
                    + " and terminal_time between now() - interval 1 day and now() and type in ('SALE')"))
                    .contains("ix_card_transaction_last4_time");
            assertThat(keys(c, "select * from card_transaction where terminal_id = 1"
                    + " and terminal_time between now() - interval 1 day and now()"))
                    .contains("ix_card_transaction_terminal_time");
            assertThat(keys(c, "select * from terminal where merchant_id = 1 and tid > 'AA' order by tid limit 51"))
                    .contains("ix_terminal_merchant_tid");
            assertThat(keys(c, "select * from terminal where store_id in (1, 2) and tid > 'AA' order by tid limit 51"))
                    .contains("ix_terminal_store_tid");
            assertThat(keys(c, "select * from terminal_command where terminal_id = 1 and code = '362'"
                    + " order by requested_at desc, id desc limit 5")).contains("ix_terminal_command_terminal_time");
            assertThat(keys(c, "select terminal_id, sum(offline_transactions) from offline_gap"
                    + " where terminal_id in (1, 2) group by terminal_id")).contains("ix_offline_gap_terminal_start");
            assertThat(keys(c, "select * from transaction_anomaly where transaction_id in (1, 2)"))
                    .contains("uq_transaction_anomaly_rule");
        }
    }

    /** The indexes EXPLAIN lists as usable, and the one it chose. */
    private static List<String> keys(Connection c, String sql) throws Exception {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("explain " + sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                for (String column : new String[] {"possible_keys", "key"}) {
                    String value = r.getString(column);
                    if (value != null) {
                        keys.addAll(List.of(value.split(",")));
                    }
                }
            }
        }
        return keys;
    }
}
