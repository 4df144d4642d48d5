package org.posdesk.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.posdesk.infrastructure.startup.DemoStatements;

/** Demo only (off elsewhere): the acquirer's statements for the demo week, see {@link DemoStatements}. */
@ApplicationScoped
public class DemoStatementsJob implements ScheduledWork {

    @EJB
    private DemoStatements statements;

    @Override
    public String name() {
        return "demo-statements";
    }

    @Override
    public String defaultSchedule() {
        return DemoStatements.isDemo() ? "2m" : "off";
    }

    @Override
    public String run() {
        try {
            return statements.writeDueFiles();
        } catch (java.sql.SQLException | java.io.IOException e) {
            throw new IllegalStateException("demo statements: " + e.getMessage(), e);
        }
    }
}
