package org.rapport.reminders;

/**
 * A mail could not be handed to the SMTP server. The message names the failure and its cause in the server's or
 * the network's words; it is kept on the outbox row for staff.
 */
public class MailFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public MailFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure and its causes, one after another, as staff read them on the mail page. */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < 2_000; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                text.append(": ").append(t.getMessage().strip());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }
}
