package org.rapport.identity.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rapport.identity.ReturnPath;

/**
 * {@code /signin-start?return=/staff/students}: remembers where to go back to after campus sign-in (for instance
 * after being signed out for inactivity), then starts sign-in. Only paths inside Rapport are accepted, so the
 * link cannot be abused to send someone to another site.
 */
@WebServlet("/signin-start")
public class SignInStartServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = ReturnPath.sanitise(request.getParameter("return"), request.getContextPath());
        if (target != null) {
            request.getSession().setAttribute(ReturnPath.SESSION_ATTRIBUTE, target);
        }
        response.sendRedirect(request.getContextPath() + "/signin");
    }
}
