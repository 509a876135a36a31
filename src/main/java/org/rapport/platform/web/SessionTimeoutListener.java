package org.rapport.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Applies the configured idle timeout ({@code RAPPORT_SESSION_IDLE_MINUTES}, default 30) to every new session. */
@WebListener
public class SessionTimeoutListener implements HttpSessionListener {

    @Inject
    @ConfigProperty(name = "rapport.session.idle-minutes", defaultValue = "30")
    private int idleMinutes;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(Math.max(1, idleMinutes) * 60);
    }
}
