package org.rapport.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The office's mail settings as the environment gives them: which are enough to send, which are not and why (the
 * reason the staff mail page shows), and what staff may see (never the password).
 */
class MailSettingsTest {

    private static MailSettings settings(String host, String port, String tls, String from) {
        return new MailSettings(host, port, "careers", "s3cret-pass", tls, from);
    }

    @Test
    void aHostAPortATlsModeAndASenderAreEnough() {
        MailSettings office = settings(" smtp.campus.example ", "2525", "STARTTLS", "careers@campus.example");
        assertTrue(office.configured());
        SmtpSettings smtp = office.smtp().orElseThrow();
        assertEquals("smtp.campus.example", smtp.host());
        assertEquals(2525, smtp.port());
        assertEquals(TlsMode.STARTTLS, smtp.tls());
        assertEquals("careers", smtp.user());
    }

    @Test
    void eachMissingOrNonsensicalValueSaysWhy() {
        assertEquals("mail.status.noHost", settings(null, "587", "starttls", "a@b.example").status().problemKey());
        assertEquals("mail.status.noHost", settings("  ", "587", "starttls", "a@b.example").status().problemKey());
        assertEquals("mail.status.badPort", settings("h", "seventy", "starttls", "a@b.example").status().problemKey());
        assertEquals("mail.status.badPort", settings("h", "70000", "starttls", "a@b.example").status().problemKey());
        assertEquals("mail.status.badPort", settings("h", "0", "starttls", "a@b.example").status().problemKey());
        assertEquals("mail.status.badTls", settings("h", "587", "maybe", "a@b.example").status().problemKey());
        assertEquals("mail.status.noFrom", settings("h", "587", "ssl", " ").status().problemKey());
        MailSettings broken = settings("h", "587", "maybe", "a@b.example");
        assertFalse(broken.configured());
        assertTrue(broken.smtp().isEmpty(), "nothing is sent with settings that make no sense");
    }

    @Test
    void staffSeeTheSettingsButNeverThePassword() {
        MailStatus status = settings("smtp.campus.example", "465", "ssl", "careers@campus.example").status();
        assertTrue(status.configured());
        assertNull(status.problemKey());
        assertEquals(465, status.port());
        assertEquals(TlsMode.SSL, status.tls());
        assertFalse(status.toString().contains("s3cret-pass"), status.toString());
    }
}
