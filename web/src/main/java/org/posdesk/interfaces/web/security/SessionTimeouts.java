package org.posdesk.interfaces.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Gives every session the configured idle timeout. web.xml says ten minutes, the default; this
 * makes a configured one (a short one for the browser tests) take effect too.
 */
@WebListener
public class SessionTimeouts implements HttpSessionListener {

    @Inject
    private IdleTimeout idleTimeout;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(idleTimeout.getTimeoutSeconds());
    }
}
