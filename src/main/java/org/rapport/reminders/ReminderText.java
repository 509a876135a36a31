package org.rapport.reminders;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.rapport.tasks.TaskKind;

/**
 * The words of a reminder mail, from the resource bundle in the office's language (English): the subject names what
 * to do and for whom ("Reminder: Send the thank-you — Dana Whitfield"); the body adds the due date and how to turn
 * reminders off.
 */
final class ReminderText {

    private static final String BUNDLE = "org.rapport.i18n.messages";
    private static final Locale LOCALE = Locale.ENGLISH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
            .withLocale(LOCALE);

    private final ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, LOCALE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    String subject(TaskKind kind, String title) {
        String text = format("reminder.mail.subject", bundle.getString(kind.messageKey()), title.strip());
        return text.length() <= OutboxEntry.SUBJECT_LENGTH ? text
                : text.substring(0, OutboxEntry.SUBJECT_LENGTH - 1) + "\u2026";
    }

    String body(String givenName, TaskKind kind, String title, LocalDate dueOn) {
        String text = String.join("\n",
                format("reminder.mail.greeting", givenName),
                "",
                bundle.getString("reminder.mail.intro"),
                "",
                format("reminder.mail.task", bundle.getString(kind.messageKey()), title.strip()),
                format("reminder.mail.due", DATE.format(dueOn)),
                "",
                bundle.getString("reminder.mail.where"),
                bundle.getString("reminder.mail.turnOff"),
                "",
                bundle.getString("reminder.mail.signature"));
        return text.length() <= OutboxEntry.BODY_LENGTH ? text : text.substring(0, OutboxEntry.BODY_LENGTH);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), LOCALE).format(arguments);
    }
}
