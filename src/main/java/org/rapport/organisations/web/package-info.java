/**
 * Screens over organisations: the directory list, an organisation's page (read, or edit where allowed, with
 * locations and competitors), the student's own org chart of an organisation, edited in place beside the drawn
 * chart with a nested-list alternative, and a caseload advisor's read-only view of a chart the student shared.
 */
package org.rapport.organisations.web;
