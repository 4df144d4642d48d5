package org.posdesk.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Puts every REST resource under {@code /api}, apart from the Faces pages. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
