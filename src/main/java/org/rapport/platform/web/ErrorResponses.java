package org.rapport.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.NotFoundException;

/**
 * Answers a page request with the status a refusal deserves (403, 404) and lets the container show the matching
 * error page. Sending the status, rather than letting the exception escape, keeps the person signed in on that
 * page (Payara forgets the caller while it handles an escaped exception).
 */
public final class ErrorResponses {

    /** Request attribute: the service already wrote the refusal to the audit log. */
    public static final String DENIAL_AUDITED = "org.rapport.denialAudited";

    private ErrorResponses() {
    }

    public static void accessDenied(AccessDeniedException refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getRequestMap().put(DENIAL_AUDITED, Boolean.TRUE);
        send(faces, 403);
    }

    public static void notFound(NotFoundException missing) {
        send(FacesContext.getCurrentInstance(), 404);
    }

    private static void send(FacesContext faces, int status) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
