/**
 * Screens for connectors: a student's list and connector form, the directory students browse and ask from, the
 * staff directory with consent and fatigue counts, the administrators' merge page, and advisors' read-only views.
 */
package org.rapport.connectors.web;
