package org.posdesk.application;

import jakarta.ejb.Local;

/** Whether posdesk can do its work: for load balancers and monitoring. */
@Local
public interface HealthService {

    HealthView check();
}
