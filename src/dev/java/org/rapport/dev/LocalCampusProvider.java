package org.rapport.dev;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * A real OpenID Connect provider on loopback (mock-oauth2-server) standing in for the campus login: the run
 * command starts it with a sign-in page offering the demo student, advisor and administrator; the integration tests
 * start it without a page and queue the person each sign-in should be.
 */
public final class LocalCampusProvider implements AutoCloseable {

    /** The path segment of the issuer, as in {@code http://127.0.0.1:8090/campus}. */
    public static final String ISSUER_ID = "campus";

    private final MockOAuth2Server server;
    private final int port;

    private LocalCampusProvider(MockOAuth2Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts with an interactive sign-in page ({@code loginPage}), or signs in at once when it is {@code null}. */
    public static LocalCampusProvider start(int port, Path loginPage) {
        if (!EmbeddedMariaDb.isPortFree(port)) {
            throw new IllegalStateException("Port " + port + " is already in use, so the local campus sign-in "
                    + "cannot start. Choose another port with RAPPORT_OIDC_PORT.");
        }
        OAuth2Config config = loginPage == null ? new OAuth2Config()
                : new OAuth2Config(true, loginPage.toAbsolutePath().toString());
        MockOAuth2Server server = new MockOAuth2Server(config);
        try {
            server.start(InetAddress.getByName("127.0.0.1"), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        return new LocalCampusProvider(server, port);
    }

    /** The issuer / provider URI Rapport is configured with. */
    public String issuerUri() {
        return "http://127.0.0.1:" + port + "/" + ISSUER_ID;
    }

    public MockOAuth2Server server() {
        return server;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
