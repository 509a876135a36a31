package org.rapport.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rapport.platform.StatementCounter;

/**
 * Diagnostics for the integration tests: when {@code RAPPORT_DIAGNOSTICS=true} and a request carries the header
 * {@value #PROBE_HEADER}, counts the SQL statements the request ran and keeps the figure under the probe's name.
 * Off in production (the default), where it does nothing.
 */
@WebFilter(filterName = "statementCount", urlPatterns = "/*")
public class StatementCountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String PROBE_HEADER = "X-Rapport-Probe";

    @Inject
    @ConfigProperty(name = "rapport.diagnostics", defaultValue = "false")
    private boolean enabled;

    @Inject
    private StatementCounts counts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String probe = enabled ? request.getHeader(PROBE_HEADER) : null;
        if (probe == null) {
            chain.doFilter(request, response);
            return;
        }
        StatementCounter.start();
        try {
            chain.doFilter(request, response);
        } finally {
            counts.record(probe, StatementCounter.stop());
        }
    }
}
