package org.rapport.dev;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Command 1 ({@code ./mvnw -Prun}): starts the embedded MariaDB (or checks the external one named by
 * {@code DB_URL}), then Payara Micro with the freshly built WAR, waits until the application reports ready and
 * prints its address. Ctrl-C stops Payara and MariaDB cleanly; the data stays for the next run.
 */
public final class DevServer {

    private static final PrintStream OUT = System.out;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private final DevSettings settings;
    private volatile EmbeddedMariaDb database;
    private volatile LocalCampusProvider campusProvider;
    private volatile Process payara;
    private volatile boolean stopping;

    private DevServer(DevSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        DevServer server = null;
        try {
            server = new DevServer(DevSettings.fromEnvironment(System.getenv(), System.getProperties()));
            System.exit(server.run());
        } catch (IllegalStateException e) {
            say("Cannot start: " + e.getMessage());
            if (server != null) {
                server.stop();
            }
            System.exit(1);
        }
    }

    private int run() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "rapport-dev-stop"));
        checkHttpPortFree();
        String dbUrl = startOrCheckDatabase();
        String providerUri = startOrUseCampusProvider();
        startPayara(dbUrl, providerUri);
        waitUntilReady();
        try {
            int exit = payara.waitFor();
            if (!stopping) {
                say("Payara Micro stopped unexpectedly (exit code " + exit + "); see its output above.");
                return exit == 0 ? 1 : exit;
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private void checkHttpPortFree() {
        try (ServerSocket socket = new ServerSocket(settings.httpPort())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + settings.httpPort() + " is already in use. Stop the program "
                    + "using it or choose another port, for example: RAPPORT_PORT=8181 ./mvnw -Prun");
        }
    }

    private String startOrCheckDatabase() {
        if (settings.externalDbUrl() != null) {
            say("Using the external MariaDB at " + settings.externalDbUrl());
            try (Connection connection = DriverManager.getConnection(settings.externalDbUrl(),
                    settings.dbUser(), settings.dbPassword())) {
                say("MariaDB answers (" + connection.getMetaData().getDatabaseProductVersion() + ").");
            } catch (SQLException e) {
                throw new IllegalStateException("MariaDB is unreachable at " + settings.externalDbUrl() + " as user '"
                        + settings.dbUser() + "': " + e.getMessage() + "\nCheck DB_URL, DB_USER and DB_PASSWORD, "
                        + "or unset DB_URL to use the embedded database.");
            }
            return settings.externalDbUrl();
        }
        boolean firstRun = !Files.isDirectory(settings.dataDir().resolve("mariadb-data").resolve("mysql"));
        say((firstRun ? "Installing and starting" : "Starting") + " the embedded MariaDB on 127.0.0.1:"
                + settings.dbPort() + " (data in " + settings.dataDir().resolve("mariadb-data") + ")");
        long started = System.nanoTime();
        database = EmbeddedMariaDb.start(settings.dbPort(), settings.dataDir().resolve("mariadb-base"),
                settings.dataDir().resolve("mariadb-data"), DevSettings.DATABASE);
        say("MariaDB is up after " + seconds(started) + ".");
        return database.jdbcUrl(DevSettings.DATABASE);
    }

    private String startOrUseCampusProvider() {
        if (settings.externalProviderUri() != null) {
            say("Campus sign-in through " + settings.externalProviderUri());
            return settings.externalProviderUri();
        }
        campusProvider = LocalCampusProvider.start(settings.oidcPort(),
                settings.projectDir().resolve("src/dev/resources/demo-sign-in.html"));
        say("Local demo campus sign-in at " + campusProvider.issuerUri()
                + " (demo student, advisor and administrator)");
        return campusProvider.issuerUri();
    }

    private void startPayara(String dbUrl, String providerUri) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(settings.javaOptions().split("\\s+")));
        command.addAll(List.of("-jar", settings.payaraJar().toString(),
                "--deploy", settings.war().toString(),
                "--contextroot", "/",
                "--port", String.valueOf(settings.httpPort()),
                "--nocluster",
                "--rootDir", settings.payaraRootDir().toString(),
                "--prebootcommandfile", settings.projectDir().resolve("payara-config/pre-boot-commands.asadmin")
                        .toString()));
        if (!settings.verbose()) {
            command.addAll(List.of("--logProperties",
                    settings.projectDir().resolve("payara-config/logging.properties").toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("DB_URL", dbUrl);
        env.put("DB_USER", settings.dbUser());
        env.put("DB_PASSWORD", settings.dbPassword());
        env.put("RAPPORT_DEMO_STUDENTS", String.valueOf(settings.demoStudents()));
        env.put("RAPPORT_OIDC_PROVIDER_URI", providerUri);
        if (campusProvider != null) {
            // The demo administrator is a first administrator, as a real install would name its own.
            env.putIfAbsent("RAPPORT_ADMINS", "demo-admin");
        }
        say("Starting Payara Micro with " + settings.war().getFileName() + " (demo data: "
                + settings.demoStudents() + " students on first start) ...");
        try {
            // Payara Micro redeploys whatever its root folder still holds: start from an empty one so the fresh
            // WAR is deployed exactly once.
            DevFiles.deleteRecursively(settings.payaraRootDir());
            Files.createDirectories(settings.payaraRootDir());
            payara = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Payara Micro could not be launched: " + e.getMessage());
        }
    }

    private void waitUntilReady() {
        long started = System.nanoTime();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://127.0.0.1:" + settings.httpPort() + "/health/ready");
        long nextNote = 10;
        while (payara.isAlive()) {
            long elapsed = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            if (isUp(http, ready)) {
                banner(elapsed);
                return;
            }
            if (elapsed >= READY_TIMEOUT.toSeconds()) {
                say("Rapport is not ready after " + elapsed + " s; open " + ready + " to see why.");
                return;
            }
            if (elapsed >= nextNote) {
                say("Still starting (" + elapsed + " s): deploying, migrating the schema, loading demo data ...");
                nextNote += 10;
            }
            sleep(Duration.ofSeconds(1));
        }
    }

    private static boolean isUp(HttpClient http, URI uri) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void banner(long elapsedSeconds) {
        String url = "http://localhost:" + settings.httpPort() + "/";
        OUT.println();
        OUT.println("  ============================================================");
        OUT.println("   Rapport is ready after " + elapsedSeconds + " s:  " + url);
        OUT.println("   Health: " + url + "health/ready");
        if (campusProvider != null) {
            OUT.println("   Sign in: choose the demo student, advisor or administrator.");
        }
        OUT.println("   Press Ctrl-C to stop Payara Micro and MariaDB.");
        OUT.println("  ============================================================");
        OUT.println();
    }

    private synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        Process running = payara;
        if (running != null && running.isAlive()) {
            say("Stopping Payara Micro ...");
            running.destroy();
            try {
                if (!running.waitFor(30, TimeUnit.SECONDS)) {
                    running.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.destroyForcibly();
            }
        }
        LocalCampusProvider provider = campusProvider;
        if (provider != null) {
            provider.close();
        }
        EmbeddedMariaDb db = database;
        if (db != null) {
            say("Stopping MariaDB ...");
            try {
                db.close();
                say("Stopped. The data stays in " + settings.dataDir() + " for the next run.");
            } catch (IllegalStateException e) {
                say(e.getMessage());
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String seconds(long startedNanos) {
        return String.format("%.1f s", (System.nanoTime() - startedNanos) / 1e9);
    }

    static void say(String message) {
        OUT.println("[rapport] " + message);
        OUT.flush();
    }
}
