package org.rapport.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.rapport.dev.LocalCampusProvider;

/**
 * An HTTP client with its own cookies, signed in (or not) through the real campus sign-in: Rapport redirects to
 * the test provider, which issues a code for the queued persona, and Rapport's callback completes the
 * authorization-code flow. Requests afterwards do not follow redirects, so tests see 302/403/404 as they are.
 */
public final class CampusSession {

    private static final String CLIENT_ID = "rapport";

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient following;
    private final HttpClient direct;
    private String landedOn;

    private CampusSession(String base) {
        this.base = base;
        this.following = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.ALWAYS).build();
        this.direct = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A visitor who has not signed in. */
    public static CampusSession signedOut(String base) {
        return new CampusSession(base);
    }

    /** Signs {@code persona} in through {@code /signin}; the provider answers at once with the persona's claims. */
    public static CampusSession signIn(String base, Persona persona) {
        CampusSession session = new CampusSession(base);
        queue(persona);
        HttpResponse<String> landed = session.send(session.following, "signin", "GET");
        session.landedOn = landed.uri().getPath();
        return session;
    }

    /** Queues the persona the provider signs in next (for a browser that starts the flow itself). */
    public static void queue(Persona persona) {
        ItEnvironment.campusProvider().server().enqueueCallback(new DefaultOAuth2TokenCallback(
                LocalCampusProvider.ISSUER_ID, persona.subject(), "JWT", List.of(CLIENT_ID), persona.claims(), 3600));
    }

    /**
     * Starts sign-in and lets the provider issue its code, but stops before Rapport's callback: returns the
     * callback address (with code and state) for the test to request when it chooses.
     */
    public String signInUpToTheCallback(Persona persona) {
        queue(persona);
        String next = base + "signin";
        for (int hop = 0; hop < 10; hop++) {
            HttpResponse<String> response = sendTo(next);
            String location = response.headers().firstValue("Location").orElse(null);
            if (location == null) {
                throw new IllegalStateException("sign-in stopped at " + next + " with " + response.statusCode());
            }
            next = URI.create(next).resolve(location).toString();
            if (next.contains("/callback?")) {
                return next;
            }
        }
        throw new IllegalStateException("no callback after 10 redirects");
    }

    /** Requests an absolute address without following redirects. */
    public HttpResponse<String> sendTo(String absoluteUrl) {
        try {
            return direct.send(HttpRequest.newBuilder(URI.create(absoluteUrl)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + absoluteUrl + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The path Rapport sent the person to after sign-in (their home page, or the no-access page). */
    public String landedOn() {
        return landedOn;
    }

    public HttpResponse<String> get(String path) {
        return send(direct, path, "GET");
    }

    public HttpResponse<String> getFollowingRedirects(String path) {
        return send(following, path, "GET");
    }

    public HttpResponse<String> post(String path) {
        return send(following, path, "POST");
    }

    /** Requests {@code path} and returns how many SQL statements Rapport ran to answer it. */
    public int statementsFor(String path) {
        String probe = java.util.UUID.randomUUID().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("X-Rapport-Probe", probe).build();
        try {
            HttpResponse<String> page = direct.send(request, HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + page.statusCode());
            }
            return Integer.parseInt(get("it/statements?probe=" + probe).body().strip());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> "JSESSIONID".equals(cookie.getName()))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpResponse<String> send(HttpClient client, String path, String method) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
