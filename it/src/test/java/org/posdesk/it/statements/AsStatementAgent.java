package org.posdesk.it.statements;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the statement ITs' agent. */
@Stateless
@PermitAll
@RunAs("AGENT")
@RunAsPrincipal(StatementImportIT.AGENT)
public class AsStatementAgent {

    @EJB
    private StatementInvoker invoker;

    public <T> T call(Callable<T> work) throws Exception {
        return invoker.call(work);
    }
}
