package org.posdesk.it.backup;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.posdesk.it.services.Invoker;

/** Runs test code as a merchant user, who must not see backups. */
@Stateless
@PermitAll
@RunAs("MERCHANT")
@RunAsPrincipal(BackupRestoreIT.MERCHANT)
public class AsBackupMerchant {

    @EJB
    private Invoker invoker;

    public <T> T call(Callable<T> work) throws Exception {
        return invoker.call(work);
    }
}
