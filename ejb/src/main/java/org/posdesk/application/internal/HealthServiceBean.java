package org.posdesk.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.posdesk.application.HealthService;
import org.posdesk.application.HealthView;

@Stateless
public class HealthServiceBean implements HealthService {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;

    // No transaction: a health probe must answer even when the transaction manager cannot enlist.
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public HealthView check() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS)
                    ? new HealthView(true, null)
                    : new HealthView(false, "database connection is not valid");
        } catch (SQLException e) {
            return new HealthView(false, "database unreachable: " + e.getClass().getSimpleName());
        }
    }
}
