package org.rapport.reminders;

/** A mail one scheduler run has claimed and is about to send: everything the send needs, read before it. */
public record ClaimedMail(long id, String to, String replyTo, String subject, String body) {

    static ClaimedMail of(OutboxEntry entry) {
        return new ClaimedMail(entry.getId(), entry.getToAddress(), entry.getReplyTo(), entry.getSubject(),
                entry.getBody());
    }
}
