/**
 * Closing the loop: a student records a success (offer accepted, new role, graduate school), Rapport lists everyone
 * who helped along the way and adds one "tell them" task per helper.
 */
package org.rapport.outreach.outcomes;
