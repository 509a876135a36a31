package org.rapport.testsupport;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Test-only: fails on every request, so tests can check what a person sees when something breaks. */
@WebServlet("/it/fail")
public class FailingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Appears only in the log, never on the page. */
    public static final String SECRET_DETAIL = "it-secret-detail-7f3a";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        throw new IllegalStateException("Deliberate failure for the error-page test: " + SECRET_DETAIL);
    }
}
