package org.rapport.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.rapport.identity.CurrentUser;
import org.rapport.identity.ReturnPath;

/**
 * Backs {@code /signin} (the protected address the "Sign in" button opens) and {@code /callback} (where the campus
 * provider returns): the person is authenticated by the time this runs and is sent back to where they were, or to
 * the home page of their highest role, or to the no-access page when Rapport gives them no role.
 */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private HttpSession session;

    private String returnTo;

    public String route() throws IOException {
        if (!currentUser.isSignedIn()) {
            return "/signin?faces-redirect=true";
        }
        if (currentUser.hasAnyRole() && returnTo() != null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + returnTo());
            return null;
        }
        if (currentUser.isAdmin()) {
            return "/admin/home?faces-redirect=true";
        }
        if (currentUser.isAdvisor()) {
            return "/staff/students?faces-redirect=true";
        }
        if (currentUser.isStudent()) {
            return "/student/home?faces-redirect=true";
        }
        return "/no-access?faces-redirect=true";
    }

    /** Where the person asked to return to before signing in (read once). */
    private String returnTo() {
        if (returnTo == null) {
            Object stored = session.getAttribute(ReturnPath.SESSION_ATTRIBUTE);
            session.removeAttribute(ReturnPath.SESSION_ATTRIBUTE);
            returnTo = stored instanceof String path ? path : "";
        }
        return returnTo.isEmpty() ? null : returnTo;
    }
}
