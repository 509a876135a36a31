package org.rapport.platform;

import java.time.Instant;

/**
 * What the last schema migration attempt found: the schema version now in the database, how many migrations are
 * still pending, and the error if the database could not be migrated. Readiness reports DOWN unless it is current.
 */
public record MigrationStatus(boolean current, String schemaVersion, int appliedNow, int pending, String error,
                              Instant checkedAt) {

    public static MigrationStatus notYetRun() {
        return new MigrationStatus(false, null, 0, 0, "not yet run", Instant.now());
    }

    public static MigrationStatus failed(String error) {
        return new MigrationStatus(false, null, 0, 0, error, Instant.now());
    }
}
