package org.posdesk.it.batches;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.posdesk.it.services.Invoker;

/** Runs test code as {@link BatchUsers#MERCHANT_B}. */
// PermitAll: WildFly denies unannotated methods of a bean that carries security metadata.
@Stateless
@PermitAll
@RunAs("MERCHANT")
@RunAsPrincipal(BatchUsers.MERCHANT_B)
public class AsBatchMerchantB {

    @EJB
    private Invoker invoker;

    public <T> T call(Callable<T> work) throws Exception {
        return invoker.call(work);
    }
}
