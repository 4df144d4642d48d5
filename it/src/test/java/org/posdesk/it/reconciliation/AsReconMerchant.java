package org.posdesk.it.reconciliation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.posdesk.it.services.Invoker;

/** Runs test code as it-recon-q. */
// PermitAll: WildFly denies unannotated methods of a bean that carries security metadata.
@Stateless
@PermitAll
@RunAs("MERCHANT")
@RunAsPrincipal("it-recon-q")
public class AsReconMerchant {

    @EJB
    private Invoker invoker;

    public <T> T call(Callable<T> work) throws Exception {
        return invoker.call(work);
    }
}
