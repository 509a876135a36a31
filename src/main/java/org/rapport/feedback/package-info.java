/**
 * Competitive feedback: what a connector said, in a meeting, about the student's prospects — competitive for which
 * roles, whether they would consider hiring or referring the student, the skill and experience gaps (tags and
 * words), recommended next steps (each can become a task) and candid remarks. Stored as codes and tags, not only
 * text, so that cohort statistics can count it. The student writes it; their caseload advisors read it.
 */
package org.rapport.feedback;
