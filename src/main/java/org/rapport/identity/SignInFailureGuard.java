package org.rapport.identity;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wraps campus sign-in. Before it: remembers the protected page a signed-out person asked for, so sign-in returns
 * them there. Around it: turns failures into the application's own pages instead of a blank server error: when the
 * provider cannot be reached the person sees "campus sign-in is unavailable" (HTTP 503, and the next attempt tries
 * the provider again, so Rapport recovers by itself); a callback that cannot be matched to a sign-in Rapport
 * started (forged or replayed state) is refused with the "sign-in not completed" page (HTTP 401), which the audit
 * log records.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SignInFailureGuard implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SignInFailureGuard.class.getName());

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism delegate;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        rememberWhereTheyWereGoing(request, context);
        try {
            return delegate.validateRequest(request, response, context);
        } catch (RuntimeException e) {
            if (providerUnreachable(e)) {
                LOG.log(Level.WARNING, "Campus sign-in is unavailable: the provider cannot be reached", e);
                return fail(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
            LOG.log(Level.WARNING, "Campus sign-in refused a request it could not match to a sign-in: "
                    + request.getRequestURI(), e);
            return fail(response, HttpServletResponse.SC_UNAUTHORIZED);
        }
    }

    /**
     * A signed-out person asking for a protected page is about to be sent to the campus login: remember the page,
     * so that after signing in they come back to it (the mechanism's own replay of the request is unusable).
     */
    private static void rememberWhereTheyWereGoing(HttpServletRequest request, HttpMessageContext context) {
        if (request.getUserPrincipal() != null || !context.isProtected() || request.getParameter("state") != null
                || !"GET".equals(request.getMethod())) {
            return;
        }
        String query = request.getQueryString();
        String target = ReturnPath.sanitise(request.getRequestURI() + (query == null ? "" : "?" + query),
                request.getContextPath());
        if (target != null) {
            request.getSession().setAttribute(ReturnPath.SESSION_ATTRIBUTE, target);
        }
    }

    private static AuthenticationStatus fail(HttpServletResponse response, int status)
            throws AuthenticationException {
        try {
            response.sendError(status);
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static boolean providerUnreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
