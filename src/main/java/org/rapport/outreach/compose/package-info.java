/**
 * The composer: one draft per meeting and message kind (or per outcome and helper for news), filled from the office's
 * template and the student's research, autosaved, offered times shown in both zones, and sent from the student's own
 * mail client or from Rapport. Marking a message sent is the act that moves the meeting on.
 */
package org.rapport.outreach.compose;
