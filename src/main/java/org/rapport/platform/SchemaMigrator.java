package org.rapport.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with the migrations in {@code sql/} (packaged as
 * {@code db/migration}) when the application starts, before any feature touches the database. Hibernate never
 * creates or alters tables.
 *
 * <p>If MariaDB is unreachable at start-up the application still deploys, but readiness reports DOWN with the
 * reason; each readiness probe retries (at most every {@link #RETRY_INTERVAL}) so the application recovers by
 * itself once the database is back.
 */
@ApplicationScoped
public class SchemaMigrator {

    /** Observers of application start-up that need the schema run after this priority. */
    public static final int MIGRATION_PRIORITY = Interceptor.Priority.PLATFORM_BEFORE;

    static final String LOCATION = "classpath:db/migration";
    private static final Duration RETRY_INTERVAL = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = RapportDataSource.JNDI_NAME)
    private DataSource dataSource;

    private volatile MigrationStatus status = MigrationStatus.notYetRun();

    void onStart(@Observes @Initialized(ApplicationScoped.class) @Priority(MIGRATION_PRIORITY) Object ignored) {
        migrate();
    }

    /** Applies pending migrations; safe to call again (Flyway takes a database lock and skips applied ones). */
    public synchronized MigrationStatus migrate() {
        Instant started = Instant.now();
        try {
            Flyway flyway = flyway();
            MigrateResult result = flyway.migrate();
            MigrationInfo current = flyway.info().current();
            int pending = flyway.info().pending().length;
            status = new MigrationStatus(pending == 0, current == null ? null : current.getVersion().getVersion(),
                    result.migrationsExecuted, pending, null, Instant.now());
            LOG.info(() -> String.format("Database schema at version %s (%d migration(s) applied now, %d ms)",
                    status.schemaVersion(), result.migrationsExecuted,
                    Duration.between(started, Instant.now()).toMillis()));
        } catch (RuntimeException e) {
            status = MigrationStatus.failed(rootMessage(e));
            LOG.log(Level.SEVERE, "Could not migrate the database schema: " + status.error(), e);
        }
        return status;
    }

    /** The last result, retrying first if the last attempt failed long enough ago. */
    public MigrationStatus currentStatus() {
        MigrationStatus last = status;
        if (!last.current() && last.checkedAt().plus(RETRY_INTERVAL).isBefore(Instant.now())) {
            return migrate();
        }
        return last;
    }

    private Flyway flyway() {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .validateMigrationNaming(true)
                .failOnMissingLocations(true)
                .load();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
