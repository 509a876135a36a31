/**
 * The competitive feedback screens: the form a student fills in meeting mode (the two coded answers, gap tags and
 * words, candid remarks, next steps that become tasks) and the read-only rendering their caseload advisor sees.
 */
package org.rapport.feedback.web;
