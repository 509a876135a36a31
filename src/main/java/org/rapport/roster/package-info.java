/**
 * Roster import: an administrator uploads the registrar's CSV of students, Rapport checks the whole file and lists
 * every bad row with the reason, and only a clean file is imported, in batches with progress. Rows are matched on
 * the student number, so importing the same roster again updates students instead of duplicating them.
 */
package org.rapport.roster;
