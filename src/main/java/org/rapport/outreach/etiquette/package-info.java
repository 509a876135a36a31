/**
 * The etiquette of asking: the named rules a request is read against (referrer named early, no presumption, no job
 * ask, brief, grateful, deferential, a short ask, time zones, a subject line), the thank-you checklist, and the
 * placeholders the office's templates are filled with. Pure functions over text, no persistence: the phrase
 * patterns are data on the rule enums and the tests hold the corpus of drafts they are tried on.
 */
package org.rapport.outreach.etiquette;
