package org.rapport.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Hands one plain-text mail to the office's SMTP server through Jakarta Mail (the runtime's implementation). Every
 * connection has timeouts, so a server that hangs cannot hold the scheduler; a failure comes back as a
 * {@link MailFailure} for the outbox to keep and retry.
 */
@ApplicationScoped
public class Mailer {

    static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    static final int READ_TIMEOUT_MILLIS = 20_000;

    /** A mail session for these settings; signs in only when a user is configured. */
    public Session session(SmtpSettings smtp) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MILLIS));
        properties.put("mail.smtp.timeout", String.valueOf(READ_TIMEOUT_MILLIS));
        properties.put("mail.smtp.writetimeout", String.valueOf(READ_TIMEOUT_MILLIS));
        properties.put("mail.smtp.from", smtp.from());
        properties.put("mail.smtp.auth", String.valueOf(smtp.authenticates()));
        switch (smtp.tls()) {
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                // Never fall back to plain text when the server does not offer STARTTLS: the password would travel.
                properties.put("mail.smtp.starttls.required", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case SSL -> {
                properties.put("mail.smtp.ssl.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
                // plain SMTP, as configured
            }
        }
        if (!smtp.authenticates()) {
            return Session.getInstance(properties);
        }
        String user = smtp.user();
        String password = smtp.password() == null ? "" : smtp.password();
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }

    /**
     * Sends a plain-text UTF-8 mail from the office's address.
     *
     * @param replyTo where answers go (the student, for a message sent from Rapport); {@code null} for none
     * @throws MailFailure when an address is invalid or the server cannot be reached or refuses the mail
     */
    public void send(SmtpSettings smtp, String to, String replyTo, String subject, String body) throws MailFailure {
        try {
            MimeMessage message = new MimeMessage(session(smtp));
            message.setFrom(new InternetAddress(smtp.from(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            if (replyTo != null && !replyTo.isBlank()) {
                message.setReplyTo(new InternetAddress[] {new InternetAddress(replyTo, true)});
            }
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name(), "plain");
            message.setSentDate(new Date());
            message.saveChanges();
            Transport.send(message);
        } catch (AddressException e) {
            throw new MailFailure("invalid address: " + MailFailure.describe(e), e);
        } catch (MessagingException e) {
            throw new MailFailure(MailFailure.describe(e), e);
        }
    }
}
