/**
 * Reminders and mail: the office's SMTP settings, the mail outbox (reminders for due tasks and messages students send
 * from Rapport) and the scheduler that creates follow-up tasks, queues reminders and sends what is due. Work is
 * claimed in the database, so a restart or a second instance never sends a mail twice; a failed send stays in the
 * outbox with its error for staff and is tried again later, never dropped.
 */
package org.rapport.reminders;
