/**
 * A student's research notebook: notes about an organisation, an industry or a connector, with their sources,
 * findings, hypotheses to test in meetings (and the evidence that changed them), news worth sharing and salary
 * research. A notebook is private to its student and readable by the student's caseload advisors (through
 * {@link org.rapport.people.StudentAccess}); administrators are not let in.
 */
package org.rapport.research;
