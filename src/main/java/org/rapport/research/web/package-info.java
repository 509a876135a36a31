/**
 * Screens of the research notebook: the student's list of notes and the note editor with its sections, and the
 * read-only list and note views for a caseload advisor.
 */
package org.rapport.research.web;
