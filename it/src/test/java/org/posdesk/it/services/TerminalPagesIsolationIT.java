package org.posdesk.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.anomaly.AnomalySettings;
import org.posdesk.application.anomaly.AnomalySettingsView;
import org.posdesk.application.anomaly.Thresholds;
import org.posdesk.application.terminals.AskResult;
import org.posdesk.application.terminals.TerminalListFilter;
import org.posdesk.application.terminals.TerminalPages;
import org.posdesk.application.terminals.TerminalRow;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * The terminal pages and the anomaly settings keep merchants apart in the service layer: another
 * merchant's TID is "not found" for the page, the command and the command's progress, and no
 * command row is written for it; a 362 for one's own terminal is queued and audited; only the
 * merchant's administrator changes its thresholds, and the change is audited.
 */
@ExtendWith(ArquillianExtension.class)
class TerminalPagesIsolationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(TerminalPagesIsolationIT.class, Callers.BEANS);
    }

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;
    @EJB
    private AsMerchantA asMerchantA;
    @EJB
    private AsMerchantB asMerchantB;
    @EJB
    private AsMerchantAStore2 asMerchantAStore2;
    @EJB
    private AsAgent asAgent;
    @EJB
    private TerminalPages pages;
    @EJB
    private AnomalySettings anomalySettings;

    private TestTenant a;
    private TestTenant b;

    @BeforeEach
    void tenants() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            a = TestTenant.ensure(c, "SA", "Isolation merchant A", 2, 2, 3, Callers.MERCHANT_A, "it-password-a1");
            b = TestTenant.ensure(c, "SB", "Isolation merchant B", 1, 3, 1, Callers.MERCHANT_B, "it-password-b1");
            TestTenant.ensureStaff(c, Callers.AGENT, "it-password-agent", "AGENT");
            TestTenant.ensure(c, "SA", "Isolation merchant A", 2, 2, 3, Callers.MERCHANT_A_STORE_2, "it-password-a2");
            TestTenant.restrictToStore(c, Callers.MERCHANT_A_STORE_2, a.merchantId, "S2");
            // A's first user administers merchant A; so is the store-2 user flagged, but being
            // confined to a store it may not change merchant-wide settings.
            update(c, "update app_user set merchant_admin = (username in (?, ?)) where username in (?, ?, ?)",
                    Callers.MERCHANT_A, Callers.MERCHANT_A_STORE_2, Callers.MERCHANT_A, Callers.MERCHANT_A_STORE_2,
                    Callers.MERCHANT_B);
        }
    }

    @Test
    void anotherMerchantsTerminalIsNotFoundAndCannotBeAskedAnything() throws Exception {
        String foreign = a.tids.get(0);
        long commandsBefore = count("select count(*) from terminal_command c join terminal t on t.id = c.terminal_id"
                + " where t.tid = ?", foreign);

        assertThatThrownBy(() -> asMerchantB.call(() -> pages.detail(foreign)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("not found");
        assertThatThrownBy(() -> asMerchantB.call(() -> pages.askLastTransaction(foreign, "it")))
                .isInstanceOf(AccessDeniedException.class).hasMessage("not found");
        assertThatThrownBy(() -> asMerchantB.call(() -> pages.detail("ZZ999999")))
                .isInstanceOf(AccessDeniedException.class).hasMessage("not found");
        assertThatThrownBy(() -> asMerchantAStore2.call(() -> pages.detail(foreign)))
                .as("a terminal of a store the user is not given").isInstanceOf(AccessDeniedException.class);

        assertThat(count("select count(*) from terminal_command c join terminal t on t.id = c.terminal_id"
                + " where t.tid = ?", foreign)).isEqualTo(commandsBefore);
        assertThat(asMerchantB.call(() -> pages.list(TerminalListFilter.all(), null, 200)).rows())
                .extracting(TerminalRow::tid).containsExactlyInAnyOrderElementsOf(b.tids);
        assertThat(asMerchantAStore2.call(() -> pages.list(TerminalListFilter.all(), null, 200)).rows())
                .extracting(TerminalRow::tid).containsExactlyInAnyOrder(a.tids.get(2), a.tids.get(3));
    }

    @Test
    void askingOnesOwnTerminalQueuesA362AndAuditsIt() throws Exception {
        String tid = a.tids.get(1);
        long audits = count("select count(*) from audit_entry where username = ? and event = 'TERMINAL_COMMAND_362'"
                + " and target_id = ?", Callers.MERCHANT_A, tid);

        AskResult asked = asMerchantA.call(() -> pages.askLastTransaction(tid, "it"));

        assertThat(asked.command().state()).isEqualTo("PENDING");
        assertThat(asked.command().code()).isEqualTo("362");
        assertThat(asked.terminalOnline()).as("never connected").isFalse();
        assertThat(count("select count(*) from terminal_command where id = ? and requested_by = ?",
                asked.command().id(), Callers.MERCHANT_A)).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where username = ? and event = 'TERMINAL_COMMAND_362'"
                + " and target_id = ?", Callers.MERCHANT_A, tid)).isEqualTo(audits + 1);
        assertThat(asMerchantA.call(() -> pages.command(tid, asked.command().id())).state()).isEqualTo("PENDING");
        assertThat(asMerchantA.call(() -> pages.detail(tid)).commands()).extracting(r -> r.id())
                .contains(asked.command().id());
        assertThatThrownBy(() -> asMerchantB.call(() -> pages.command(tid, asked.command().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheMerchantsAdministratorChangesItsThresholds() throws Exception {
        Thresholds wanted = new Thresholds(888_800L, true, LocalTime.of(0, 30), LocalTime.of(5, 30), 7);
        long changes = count("select count(*) from audit_entry where event = 'ANOMALY_RULES_CHANGED'"
                + " and target_id = ? and outcome = 'SUCCESS'", String.valueOf(a.merchantId));

        AnomalySettingsView saved = asMerchantA.call(() -> anomalySettings.change(a.merchantId, wanted, "it"));

        assertThat(saved.thresholds()).isEqualTo(wanted);
        assertThat(saved.updatedBy()).isEqualTo(Callers.MERCHANT_A);
        assertThat(count("select count(*) from audit_entry where event = 'ANOMALY_RULES_CHANGED'"
                + " and target_id = ? and outcome = 'SUCCESS'", String.valueOf(a.merchantId))).isEqualTo(changes + 1);
        assertThat(asMerchantB.call(() -> anomalySettings.settings(a.merchantId)).merchantId())
                .as("a merchant user always reads their own").isEqualTo(b.merchantId);
        assertThat(asMerchantB.call(() -> anomalySettings.settings(null)).editable()).isFalse();
        assertThatThrownBy(() -> asMerchantB.call(() -> anomalySettings.change(a.merchantId, wanted, "it")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asMerchantAStore2.call(() -> anomalySettings.change(a.merchantId, wanted, "it")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asAgent.call(() -> anomalySettings.settings(a.merchantId)).editable())
                .as("an agent reads, only an administrator of posdesk or the merchant changes").isFalse();
        assertThatThrownBy(() -> asMerchantA.call(() -> anomalySettings.change(a.merchantId,
                new Thresholds(-1L, true, LocalTime.of(1, 0), LocalTime.of(1, 0), 0), "it")))
                .isInstanceOf(Exception.class);
        assertThat(asMerchantA.call(() -> anomalySettings.settings(null)).thresholds()).isEqualTo(wanted);
    }

    private long count(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}
