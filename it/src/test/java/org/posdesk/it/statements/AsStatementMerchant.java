package org.posdesk.it.statements;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as a merchant user, who may not import statements. */
@Stateless
@PermitAll
@RunAs("MERCHANT")
@RunAsPrincipal(StatementImportIT.MERCHANT)
public class AsStatementMerchant {

    @EJB
    private StatementInvoker invoker;

    public <T> T call(Callable<T> work) throws Exception {
        return invoker.call(work);
    }
}
