package org.rapport.reminders;

import java.util.Locale;
import java.util.Optional;

/** How the connection to the SMTP server is protected ({@code rapport.smtp.tls}). */
public enum TlsMode {
    /** Plain SMTP: only for a relay on the same machine or a test server. */
    NONE,
    /** Plain connection upgraded with STARTTLS before anything is sent; refused when the server cannot. */
    STARTTLS,
    /** TLS from the first byte (SMTPS, usually port 465). */
    SSL;

    /** The mode a configuration value names ({@code none}, {@code starttls}, {@code ssl}); empty when it names none. */
    public static Optional<TlsMode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String messageKey() {
        return "mail.tls." + name();
    }
}
