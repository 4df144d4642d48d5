package org.posdesk.it.statements;

import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** The hop that carries a run-as identity: run-as applies to the calls a bean makes. */
@Stateless
public class StatementInvoker {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
