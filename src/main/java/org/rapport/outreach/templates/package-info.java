/**
 * The office's message templates: advisors add, edit (unknown placeholders refused), retire, restore and preview
 * them; students only read live ones through the composer.
 */
package org.rapport.outreach.templates;
