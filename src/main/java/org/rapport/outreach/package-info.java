/**
 * Outreach: everything a student writes or says to a connector around a meeting, and the lifecycle acts it drives.
 * The request composer and its etiquette checker, the office's message templates, objections with suggested replies,
 * scheduling with an invitation, confirmation, thank-you, updating the referrer and closing the loop when the student
 * succeeds. The meeting's state itself lives on {@link org.rapport.meetings.Meeting}; this package calls its verbs.
 */
package org.rapport.outreach;
