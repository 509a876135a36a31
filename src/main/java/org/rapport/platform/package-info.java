/**
 * What every Rapport feature shares: the {@link org.rapport.platform.BaseEntity} with optimistic locking,
 * the application-scoped MariaDB data source, Flyway start-up migration, health checks and the typed
 * business exceptions the screens turn into messages. Nothing here knows about a particular feature.
 */
package org.rapport.platform;
