/**
 * Screens and endpoints of campus sign-in: routing a signed-in person to their home page, sign-out, and the pages
 * for an account without a role or a sign-in that could not be completed.
 */
package org.rapport.identity.web;
