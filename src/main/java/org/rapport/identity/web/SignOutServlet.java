package org.rapport.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditLog;
import org.rapport.identity.CurrentUser;

/**
 * Ends the Rapport session and, when the provider supports it, the campus session too (the mechanism redirects to
 * the provider's end-session endpoint). Signing out when not signed in just shows the signed-out page.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            audit.record(currentUser.actor(), AuditAction.SIGN_OUT, null, null, null);
            // Guarded: logout() without a signed-in caller fails inside Payara.
            request.logout();
        }
        if (response.isCommitted()) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/signed-out");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        doPost(request, response);
    }
}
