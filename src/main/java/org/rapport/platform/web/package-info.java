/**
 * The shell every screen shares: error pages that log the failure under an incident reference the person can
 * quote to the help desk, and the signed-out landing page. Feature screens live in their own {@code web} packages.
 */
package org.rapport.platform.web;
