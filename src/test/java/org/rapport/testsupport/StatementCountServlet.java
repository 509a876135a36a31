package org.rapport.testsupport;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rapport.platform.web.StatementCounts;

/** Test-only: tells how many SQL statements the request with a given probe ran. */
@WebServlet("/it/statements")
public class StatementCountServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private StatementCounts counts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print(counts.forProbe(request.getParameter("probe")).map(String::valueOf).orElse("none"));
    }
}
