package org.rapport.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditLog;
import org.rapport.identity.CurrentUser;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.NotFoundException;

/**
 * Backs the error pages. An unexpected failure is logged once, with a short incident reference that the page
 * shows, so the help desk can find the stack trace without the person ever seeing it. Refusals and missing records
 * get their own status (403, 404) instead of 500; a refusal by the page rules (not by a service, which audits its
 * own) is written to the audit log here.
 */
@Named
@RequestScoped
public class ErrorPageBacking {

    private static final Logger LOG = Logger.getLogger(ErrorPageBacking.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private HttpServletRequest request;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    private String incidentId;

    @PostConstruct
    void recordIncident() {
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (error instanceof AccessDeniedException) {
            setStatus(403);
        } else if (error instanceof NotFoundException) {
            setStatus(404);
        } else if (error instanceof Throwable || Integer.valueOf(500).equals(status)) {
            incidentId = newIncidentId();
            LOG.log(Level.SEVERE, String.format("Incident %s: unexpected failure at %s", incidentId, uri),
                    error instanceof Throwable t ? t : null);
        } else if (Integer.valueOf(401).equals(status)) {
            // The mechanism refused the callback: bad or replayed state, or a code the provider would not honour.
            LOG.warning(() -> "Campus sign-in rejected at " + uri);
            audit.record(currentUser.actor(), AuditAction.SIGN_IN_FAILED, null, String.valueOf(uri),
                    "callback rejected");
        } else if (Integer.valueOf(403).equals(status) && request.getAttribute(ErrorResponses.DENIAL_AUDITED) == null) {
            audit.record(currentUser.actor(), AuditAction.ACCESS_DENIED, null, String.valueOf(uri), "page rules");
        }
    }

    /** Called by the error pages' view action; creating the bean is what matters. */
    public void prepare() {
        // @PostConstruct has done the work.
    }

    private static void setStatus(int status) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
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
