/**
 * The people a career office serves and who serve them: students (with college, major and class year) and
 * career advisors. Campus sign-in, roles and caseloads build on these records.
 */
package org.rapport.people;
