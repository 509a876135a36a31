/**
 * What happens after the request: the connector's answer (objection with suggested replies, decline), agreeing a time
 * in either party's zone with the confirmation task it brings, cancelling and closing. Each act is a verb on the
 * meeting; this package validates the forms, checks the student owns the meeting and keeps the coded objections.
 */
package org.rapport.outreach.lifecycle;
