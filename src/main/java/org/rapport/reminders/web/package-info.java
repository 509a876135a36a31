/** The staff page that shows whether mail is configured, what is waiting or failing in the outbox, and retries it. */
package org.rapport.reminders.web;
