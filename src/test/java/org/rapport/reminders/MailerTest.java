package org.rapport.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mailer against a real SMTP server on loopback: headers, UTF-8, sign-in, timeouts and failures. */
class MailerTest {

    private final Mailer mailer = new Mailer();
    private GreenMail server;

    @BeforeEach
    void start() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private SmtpSettings plain() {
        return new SmtpSettings("127.0.0.1", server.getSmtp().getPort(), null, null, TlsMode.NONE,
                "careers@rapport.invalid");
    }

    @Test
    void aMailGoesOutAsPlainUtf8TextWithItsReplyTo() throws Exception {
        mailer.send(plain(), "dana@example.org", "mina@students.example",
                "Reminder: Send the thank-you \u2014 Zo\u00eb", "Hello Zo\u00eb,\nThank you \u2014 really.");
        MimeMessage[] received = server.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage mail = received[0];
        assertEquals("Reminder: Send the thank-you \u2014 Zo\u00eb", mail.getSubject());
        assertEquals("careers@rapport.invalid", mail.getFrom()[0].toString());
        assertEquals("dana@example.org", mail.getAllRecipients()[0].toString());
        assertEquals("mina@students.example", mail.getReplyTo()[0].toString());
        assertTrue(mail.getContentType().startsWith("text/plain"), mail.getContentType());
        assertTrue(mail.getContentType().toLowerCase().contains("utf-8"), mail.getContentType());
        assertEquals("Hello Zo\u00eb,\r\nThank you \u2014 really.", ((String) mail.getContent()).strip());
    }

    @Test
    void theSessionHasTimeoutsSignsInOnlyWithAUserAndNeverFallsBackFromStarttls() {
        Session anonymous = mailer.session(plain());
        assertEquals("10000", anonymous.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("20000", anonymous.getProperty("mail.smtp.timeout"));
        assertEquals("false", anonymous.getProperty("mail.smtp.auth"));
        assertFalse(Boolean.parseBoolean(anonymous.getProperty("mail.smtp.starttls.enable")));

        Session starttls = mailer.session(new SmtpSettings("smtp.example.org", 587, "office", "secret",
                TlsMode.STARTTLS, "careers@rapport.invalid"));
        assertEquals("true", starttls.getProperty("mail.smtp.auth"));
        assertEquals("true", starttls.getProperty("mail.smtp.starttls.required"));

        Session ssl = mailer.session(new SmtpSettings("smtp.example.org", 465, null, null, TlsMode.SSL,
                "careers@rapport.invalid"));
        assertEquals("true", ssl.getProperty("mail.smtp.ssl.enable"));
    }

    @Test
    void signingInWithTheConfiguredUserWorks() throws Exception {
        server.setUser("office@rapport.invalid", "office", "s3cret");
        SmtpSettings withUser = new SmtpSettings("127.0.0.1", server.getSmtp().getPort(), "office", "s3cret",
                TlsMode.NONE, "careers@rapport.invalid");
        mailer.send(withUser, "dana@example.org", null, "Hello", "Body");
        assertEquals(1, server.getReceivedMessages().length);
        SmtpSettings wrongPassword = new SmtpSettings("127.0.0.1", server.getSmtp().getPort(), "office", "guess",
                TlsMode.NONE, "careers@rapport.invalid");
        MailFailure refused = assertThrows(MailFailure.class,
                () -> mailer.send(wrongPassword, "dana@example.org", null, "Hello", "Body"));
        assertTrue(refused.getMessage().contains("AuthenticationFailedException"), refused.getMessage());
        assertEquals(1, server.getReceivedMessages().length, "the server signed the sender in, or refused it");
    }

    @Test
    void aServerThatIsDownIsAMailFailureWithTheReason() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        SmtpSettings down = new SmtpSettings("127.0.0.1", closed, null, null, TlsMode.NONE, "careers@rapport.invalid");
        MailFailure failure = assertThrows(MailFailure.class,
                () -> mailer.send(down, "dana@example.org", null, "Hello", "Body"));
        assertTrue(failure.getMessage().contains("ConnectException"), failure.getMessage());
        assertThrows(MailFailure.class, () -> mailer.send(plain(), "not an address", null, "Hello", "Body"));
    }

    @Test
    void thePasswordNeverShowsInTheSettingsText() {
        SmtpSettings settings = new SmtpSettings("smtp.example.org", 587, "office", "s3cret-pass", TlsMode.STARTTLS,
                "careers@rapport.invalid");
        assertFalse(settings.toString().contains("s3cret-pass"), settings.toString());
    }
}
