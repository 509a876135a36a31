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

    /**
     * Loads what a page shows for the record {@code id} names: a missing id or record answers 404, a refusal 403,
     * and {@code null} comes back; otherwise what {@code load} returned.
     */
    public static <T> T loadOrRefuse(Object id, String what, java.util.function.Supplier<T> load) {
        return loadOrRefuse(() -> {
            if (id == null) {
                throw new NotFoundException(what, "(none)");
            }
            return load.get();
        });
    }

    /** Loads what a page shows (no record id needed); a refusal answers 403, a missing record 404, and null returns. */
    public static <T> T loadOrRefuse(java.util.function.Supplier<T> load) {
        try {
            return load.get();
        } catch (AccessDeniedException refused) {
            accessDenied(refused);
        } catch (NotFoundException missing) {
            notFound(missing);
        }
        return null;
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
