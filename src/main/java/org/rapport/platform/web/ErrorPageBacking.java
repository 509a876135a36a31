package org.rapport.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backs the error pages. An unexpected failure is logged once, with a short incident reference that the page
 * shows, so the help desk can find the stack trace without the person ever seeing it.
 */
@Named
@RequestScoped
public class ErrorPageBacking {

    private static final Logger LOG = Logger.getLogger(ErrorPageBacking.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private HttpServletRequest request;

    private String incidentId;

    @PostConstruct
    void recordIncident() {
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (error instanceof Throwable || Integer.valueOf(500).equals(status)) {
            incidentId = newIncidentId();
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            LOG.log(Level.SEVERE, String.format("Incident %s: unexpected failure at %s", incidentId, uri),
                    error instanceof Throwable t ? t : null);
        }
    }

    static String newIncidentId() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /** The reference shown on the page, or {@code null} when nothing was logged. */
    public String getIncidentId() {
        return incidentId;
    }
}
