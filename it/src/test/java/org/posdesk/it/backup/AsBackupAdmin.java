package org.posdesk.it.backup;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.posdesk.it.services.Invoker;

/** Runs test code as the backup tests' administrator. */
@Stateless
@PermitAll
@RunAs("ADMIN")
@RunAsPrincipal(BackupRestoreIT.ADMIN)
public class AsBackupAdmin {

    @EJB
    private Invoker invoker;

    public <T> T call(Callable<T> work) throws Exception {
        return invoker.call(work);
    }
}
