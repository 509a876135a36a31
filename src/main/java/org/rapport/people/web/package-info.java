/**
 * Screens over students' records: the student's own home page, the staff list of visible students (an advisor's
 * caseload, everyone for administrators) and a student's record.
 */
package org.rapport.people.web;
