package org.posdesk.application.jobs.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.AuditTrail;
import org.posdesk.application.internal.Viewer;
import org.posdesk.application.jobs.JobDesk;
import org.posdesk.application.jobs.JobView;
import org.posdesk.domain.job.JobRepository;
import org.posdesk.domain.job.JobRun;
import org.posdesk.domain.user.Role;
import org.posdesk.infrastructure.scheduling.JobScheduler;

/**
 * The audit entry is written before the scheduler is told: Quartz commits in its own (non-JTA)
 * store, so a failing scheduler call rolls the entry back, while the reverse order could leave a
 * paused job with no trace of who paused it.
 */
@Stateless
public class JobDeskBean implements JobDesk {

    @Inject
    private AccessPolicy access;
    @Inject
    private JobRepository runs;
    @EJB
    private AuditTrail audit;
    @EJB
    private JobScheduler scheduler;

    @Override
    public List<JobView> jobs() {
        requireAdmin();
        Map<String, JobRun> byName = runs.runs().stream().collect(Collectors.toMap(JobRun::getName, Function.identity()));
        return scheduler.states().stream().map(s -> view(s, byName.get(s.name()))).toList();
    }

    @Override
    public void runNow(String name) {
        change(name, "JOB_RUN_NOW", () -> scheduler.fireNow(name));
    }

    @Override
    public void pause(String name) {
        change(name, "JOB_PAUSE", () -> scheduler.pause(name));
    }

    @Override
    public void resume(String name) {
        change(name, "JOB_RESUME", () -> scheduler.resume(name));
    }

    private void change(String name, String event, Runnable action) {
        Viewer viewer = requireAdmin();
        if (!scheduler.exists(name)) {
            throw new IllegalArgumentException("no job " + name);
        }
        audit.record(viewer.username(), event, AuditTrail.SUCCESS, null, "job", name, null);
        action.run();
    }

    private Viewer requireAdmin() {
        Viewer viewer = access.viewer();
        if (viewer.role() != Role.ADMIN) {
            throw new AccessDeniedException("not found");
        }
        return viewer;
    }

    private static JobView view(JobScheduler.JobState state, JobRun run) {
        if (run == null) {
            return new JobView(state.name(), state.nextFireTime(), state.paused(), null, null, null, null, null, null,
                    0, 0);
        }
        Long duration = run.getStartedAt().flatMap(s -> run.getFinishedAt().map(f -> Duration.between(s, f).toMillis()))
                .orElse(null);
        return new JobView(state.name(), state.nextFireTime(), state.paused(), run.getOutcome().orElse(null),
                run.getStartedAt().orElse(null), run.getFinishedAt().orElse(null), duration,
                run.getLastNode().orElse(null), run.getDetail().orElse(null), run.getRuns(), run.getFailures());
    }
}
