/**
 * Screens for org charts: the student's chart, drawn as an organigram and as a nested list and edited in place, and
 * the read-only view a caseload advisor gets of a shared chart.
 */
package org.rapport.orgcharts.web;
