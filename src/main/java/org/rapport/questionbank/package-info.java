/**
 * The office's question bank: questions advisors curate for informational interviews, by category and connector
 * level, with an optional springboard form a research finding fills in. Rapport ships a starter bank (a migration);
 * advisors edit, retire and extend it. Meeting lists copy a question's wording, so retiring one never changes a list.
 */
package org.rapport.questionbank;
