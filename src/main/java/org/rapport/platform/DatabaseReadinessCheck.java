package org.rapport.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means: MariaDB answers and every migration in {@code sql/} has been applied. A load balancer or the
 * run command waits for this before sending people to the application.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 3;

    @Resource(lookup = RapportDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private SchemaMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
            response.withData("reachable", valid);
            if (!valid) {
                return response.down().build();
            }
        } catch (SQLException | RuntimeException e) {
            return response.down().withData("reachable", false).withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
        MigrationStatus migration = migrator.currentStatus();
        response.withData("schemaVersion", String.valueOf(migration.schemaVersion()))
                .withData("pendingMigrations", migration.pending());
        if (migration.error() != null) {
            response.withData("migrationError", migration.error());
        }
        return response.status(migration.current()).build();
    }
}
