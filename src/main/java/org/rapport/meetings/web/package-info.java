/**
 * The meeting screens: the student's meetings list, the plan and ranked question list builder, meeting mode, the
 * printable list and its PDF, and the caseload advisor's read-and-comment pages.
 */
package org.rapport.meetings.web;
