package org.rapport.reminders;

import java.util.Objects;

/**
 * Where and how Rapport hands mail over: the SMTP server, the account it signs in with (none when {@code user} is
 * {@code null}), how the connection is protected, and the sender address. {@link #toString()} never shows the
 * password, so the settings may be logged.
 */
public record SmtpSettings(String host, int port, String user, String password, TlsMode tls, String from) {

    public SmtpSettings {
        Objects.requireNonNull(host, "host is required");
        Objects.requireNonNull(tls, "tls is required");
        Objects.requireNonNull(from, "from is required");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 1 and 65535");
        }
        user = user == null || user.isBlank() ? null : user;
    }

    /** Whether the server is signed in to (a user is configured). */
    public boolean authenticates() {
        return user != null;
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", user=" + user + ", tls=" + tls + ", from=" + from
                + "]";
    }
}
