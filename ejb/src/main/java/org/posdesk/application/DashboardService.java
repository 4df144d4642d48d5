package org.posdesk.application;

import jakarta.ejb.Local;

/** The figures on the home page, scoped to what the caller may see. */
@Local
public interface DashboardService {

    DashboardView dashboard();
}
