/**
 * Meetings: one student, one of their connectors, a purpose and a planned length, and the ranked question list the
 * student takes to it (from the bank, their own wording and their research notebook), with the gentle checks that
 * keep it respectful of the connector's time. Meeting mode records what was asked, names suggested and hypothesis
 * outcomes, and marks the meeting held. Only the student changes a meeting; their caseload advisors read and comment.
 */
package org.rapport.meetings;
