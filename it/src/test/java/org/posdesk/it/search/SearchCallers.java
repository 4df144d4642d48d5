package org.posdesk.it.search;

import java.sql.Connection;
import java.sql.SQLException;
import org.posdesk.it.TestTenant;
import org.posdesk.it.services.Invoker;

/**
 * The users the search ITs act as, each on tenants of their own (QA, QB) so that the rows these
 * tests write change no other test's figures.
 */
final class SearchCallers {

    static final String MERCHANT_A = "it-search-merchant-a";
    static final String MERCHANT_B = "it-search-merchant-b";
    static final String STORE_USER = "it-search-merchant-a-s2";
    static final String AGENT = "it-search-agent";

    static final Class<?>[] BEANS = {SearchCallers.class, AsMerchantA.class, AsMerchantB.class, AsStoreUser.class,
            AsAgent.class, Invoker.class, JournalEntry.class, SearchWindow.class, Surroundings.class, ExportFiles.class,
            org.posdesk.it.CardDataScanner.class};

    private SearchCallers() {
    }

    /** Merchant A: stores S1 and S2 with two terminals each; merchant B: one store, one terminal. */
    static TestTenant[] tenants(Connection c) throws SQLException {
        TestTenant a = TestTenant.ensure(c, "QA", "检索商户 A", 2, 2, 0, MERCHANT_A, "it-search-password-a");
        TestTenant b = TestTenant.ensure(c, "QB", "检索商户 B", 1, 1, 0, MERCHANT_B, "it-search-password-b");
        TestTenant.ensure(c, "QA", "检索商户 A", 2, 2, 0, STORE_USER, "it-search-password-s2");
        TestTenant.restrictToStore(c, STORE_USER, a.merchantId, "S2");
        TestTenant.ensureStaff(c, AGENT, "it-search-password-agent", "AGENT");
        return new TestTenant[] {a, b};
    }
}
