package org.posdesk.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.DashboardService;
import org.posdesk.application.DashboardView;
import org.posdesk.application.TerminalDirectory;
import org.posdesk.application.TerminalView;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * The service layer, not the page, keeps merchants apart: a merchant user gets their own figures
 * and terminals and nothing of another merchant's, whatever id they ask for.
 */
@ExtendWith(ArquillianExtension.class)
class MerchantIsolationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(MerchantIsolationIT.class, Callers.BEANS);
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
    private DashboardService dashboard;
    @EJB
    private TerminalDirectory terminals;

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
        }
    }

    @Test
    void aMerchantUserSeesOnlyTheirOwnFigures() throws Exception {
        DashboardView viewA = asMerchantA.call(dashboard::dashboard);
        DashboardView viewB = asMerchantB.call(dashboard::dashboard);

        assertThat(viewA.scope()).isEqualTo("Isolation merchant A");
        assertThat(viewA.merchants()).isEqualTo(1);
        assertThat(viewA.stores()).isEqualTo(2);
        assertThat(viewA.terminals()).isEqualTo(4);
        assertThat(viewA.transactionsToday()).isEqualTo(3);
        assertThat(viewB.scope()).isEqualTo("Isolation merchant B");
        assertThat(viewB.terminals()).isEqualTo(3);
        assertThat(viewB.transactionsToday()).isEqualTo(1);
    }

    @Test
    void aUserConfinedToOneStoreSeesOnlyThatStoresFigures() throws Exception {
        DashboardView view = asMerchantAStore2.call(dashboard::dashboard);

        // Store S2 of merchant A: two terminals, and none of the three sales of today (all on S1).
        assertThat(view.scope()).isEqualTo("Isolation merchant A");
        assertThat(view.stores()).isEqualTo(1);
        assertThat(view.terminals()).isEqualTo(2);
        assertThat(view.transactionsToday()).isZero();
        assertThat(asMerchantAStore2.call(() -> terminals.terminals(null, 500)))
                .extracting(TerminalView::tid).containsExactlyInAnyOrder(a.tids.get(2), a.tids.get(3));
        assertThatThrownBy(() -> asMerchantAStore2.call(() -> terminals.terminal(a.tids.get(0))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAgentSeesEveryMerchant() throws Exception {
        DashboardView view = asAgent.call(dashboard::dashboard);

        assertThat(view.scope()).isNull();
        assertThat(view.merchants()).isGreaterThanOrEqualTo(2);
        assertThat(view.terminals()).isGreaterThanOrEqualTo(7);
        assertThat(view.transactionsToday()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aMerchantUserCannotOpenAnotherMerchantsTerminalById() throws Exception {
        String foreignTid = b.tids.get(0);

        assertThat(asMerchantA.call(() -> terminals.terminal(a.tids.get(0))).merchantId()).isEqualTo(a.merchantId);
        assertThatThrownBy(() -> asMerchantA.call(() -> terminals.terminal(foreignTid)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asAgent.call(() -> terminals.terminal(foreignTid)).merchantId()).isEqualTo(b.merchantId);
    }

    @Test
    void aMerchantUsersTerminalListHoldsOnlyTheirTerminals() throws Exception {
        List<TerminalView> listed = asMerchantA.call(() -> terminals.terminals(null, 500));

        assertThat(listed).extracting(TerminalView::tid).containsExactlyInAnyOrderElementsOf(a.tids);
        assertThat(listed).extracting(TerminalView::merchantId).containsOnly(a.merchantId);
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThatThrownBy(() -> dashboard.dashboard()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> terminals.terminal(a.tids.get(0))).isInstanceOf(AccessDeniedException.class);
    }
}
