package org.posdesk.it.services;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.posdesk.it.TestTenant;

/**
 * The tenants the order ITs act in: the same merchants A and B (and their users) as
 * {@link MerchantIsolationIT}, ensured with the same figures so neither test disturbs the other.
 * Orders are kept apart by a fresh order-number prefix per test instead.
 */
final class OrderTenants {

    private OrderTenants() {
    }

    static TestTenant merchantA(Connection c) throws SQLException {
        TestTenant a = TestTenant.ensure(c, "SA", "Isolation merchant A", 2, 2, 3, Callers.MERCHANT_A, "it-password-a1");
        TestTenant.ensureStaff(c, Callers.AGENT, "it-password-agent", "AGENT");
        TestTenant.ensure(c, "SA", "Isolation merchant A", 2, 2, 3, Callers.MERCHANT_A_STORE_2, "it-password-a2");
        TestTenant.restrictToStore(c, Callers.MERCHANT_A_STORE_2, a.merchantId, "S2");
        return a;
    }

    static TestTenant merchantB(Connection c) throws SQLException {
        return TestTenant.ensure(c, "SB", "Isolation merchant B", 1, 3, 1, Callers.MERCHANT_B, "it-password-b1");
    }

    static Class<?>[] withCallers(Class<?>... helpers) {
        return Stream.concat(Stream.concat(Arrays.stream(Callers.BEANS), Arrays.stream(helpers)),
                Stream.of(OrderTenants.class)).toArray(Class<?>[]::new);
    }
}
