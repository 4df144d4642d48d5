package org.posdesk.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as {@link Callers#MERCHANT_A_STORE_2}. */
// PermitAll: WildFly denies unannotated methods of a bean that carries security metadata.
@Stateless
@PermitAll
@RunAs("MERCHANT")
@RunAsPrincipal(Callers.MERCHANT_A_STORE_2)
public class AsMerchantAStore2 {

    @EJB
    private Invoker invoker;

    public <T> T call(Callable<T> work) throws Exception {
        return invoker.call(work);
    }
}
