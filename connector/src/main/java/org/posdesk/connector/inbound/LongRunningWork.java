package org.posdesk.connector.inbound;

import jakarta.resource.spi.work.HintsContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkContextProvider;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * A loop that runs for the adapter's lifetime (event loops, delivery workers), on a thread of the
 * WorkManager's long-running pool: the server owns and accounts for every thread we use.
 */
final class LongRunningWork implements Work, WorkContextProvider {

    private final Runnable loop;

    private LongRunningWork(Runnable loop) {
        this.loop = loop;
    }

    /** An executor that gives each task a long-running thread of its own, as Netty expects. */
    static Executor executorOn(WorkManager workManager) {
        return task -> start(workManager, task);
    }

    static void start(WorkManager workManager, Runnable loop) {
        try {
            workManager.startWork(new LongRunningWork(loop));
        } catch (WorkException e) {
            throw new RejectedExecutionException("the WorkManager refused a long-running task", e);
        }
    }

    @Override
    public void run() {
        loop.run();
    }

    @Override
    public void release() {
        // The loops end when the server stops them; nothing to interrupt here.
    }

    @Override
    public List<WorkContext> getWorkContexts() {
        HintsContext hints = new HintsContext();
        hints.setHint(HintsContext.LONGRUNNING_HINT, Boolean.TRUE);
        hints.setName("posdesk terminal adapter");
        return List.of(hints);
    }
}
