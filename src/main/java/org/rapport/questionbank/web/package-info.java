/**
 * Screens of the question bank: the staff page where advisors and administrators browse, add, rewrite, retire and
 * restore the office's questions, and the fixed choices (categories) the bank and the meeting list's picker offer.
 */
package org.rapport.questionbank.web;
