package org.rapport.platform;

/**
 * Names the one MariaDB data source of the application. The pool itself is declared in {@code web.xml}
 * ({@code <data-source>}), because only there does Payara resolve {@code ${ENV=...}} in the integer pool
 * settings as well as in the URL and credentials.
 */
public final class RapportDataSource {

    /** Where the pool is bound; persistence.xml and the Flyway migrator look it up here. */
    public static final String JNDI_NAME = "java:app/jdbc/rapport";

    private RapportDataSource() {
    }
}
