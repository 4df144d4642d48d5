package org.posdesk.application.jobs;

import jakarta.ejb.Local;
import java.util.List;

/** Administrators only; every change is audited. */
@Local
public interface JobDesk {

    List<JobView> jobs();

    /** Fires the job now on whichever node takes it (never twice at once). */
    void runNow(String name);

    void pause(String name);

    void resume(String name);
}
