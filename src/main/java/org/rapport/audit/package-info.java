/**
 * The append-only audit log a FERPA-minded career office needs: sign-ins and sign-outs, failed sign-ins, denied
 * access, role and caseload changes, and every time staff open a student's records. Rows are only ever inserted;
 * the database refuses updates and deletes.
 */
package org.rapport.audit;
