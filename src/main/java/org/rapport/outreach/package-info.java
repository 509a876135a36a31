/**
 * Outreach: everything a student writes or says to a connector around a meeting, and the lifecycle acts it drives.
 * This package holds only the shared vocabulary (which message, on which channel); the work lives in sub-packages:
 * {@code compose} (drafts, offered times, sending), {@code lifecycle} (answers, objections, scheduling, cancelling),
 * {@code templates} (the office's wording), {@code outcomes} (closing the loop), {@code etiquette} (the rules a draft
 * is read against). The meeting's state itself lives on {@link org.rapport.meetings.Meeting}; they call its verbs.
 */
package org.rapport.outreach;
