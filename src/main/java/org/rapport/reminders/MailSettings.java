package org.rapport.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The office's mail settings, from MicroProfile Config (so from environment variables such as
 * {@code RAPPORT_SMTP_HOST}). Without a host, mail is not configured: reminders and messages wait in the outbox and
 * the staff page says why. A port or TLS value that makes no sense counts as not configured too, with its own reason,
 * rather than stopping the application.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "rapport.smtp.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "rapport.smtp.port", defaultValue = "587")
    private String port;

    @Inject
    @ConfigProperty(name = "rapport.smtp.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "rapport.smtp.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "rapport.smtp.tls", defaultValue = "starttls")
    private String tls;

    @Inject
    @ConfigProperty(name = "rapport.mail.from", defaultValue = "careers@rapport.invalid")
    private String from;

    @Inject
    @ConfigProperty(name = "rapport.mail.retry.minutes", defaultValue = "10")
    private int retryMinutes;

    @Inject
    @ConfigProperty(name = "rapport.reminders.followup.days", defaultValue = "7")
    private int followUpDays;

    @Inject
    @ConfigProperty(name = "rapport.scheduler.seconds", defaultValue = "60")
    private int schedulerSeconds;

    /** For CDI: the values come from MicroProfile Config. */
    public MailSettings() {
        // fields injected
    }

    /** Settings from the given values, as the environment would give them (for tests). */
    MailSettings(String host, String port, String user, String password, String tls, String from) {
        this.host = Optional.ofNullable(host);
        this.port = port;
        this.user = Optional.ofNullable(user);
        this.password = Optional.ofNullable(password);
        this.tls = tls;
        this.from = from;
    }

    /** Whether mail can be sent: a host, a port and a TLS mode that make sense. */
    public boolean configured() {
        return problem() == null;
    }

    /** The SMTP settings; empty when mail is not configured. */
    public Optional<SmtpSettings> smtp() {
        if (!configured()) {
            return Optional.empty();
        }
        return Optional.of(new SmtpSettings(host.orElseThrow().strip(), Integer.parseInt(port.strip()),
                user.map(String::strip).orElse(null), password.orElse(null), TlsMode.parse(tls).orElseThrow(),
                from.strip()));
    }

    /** The settings as staff may see them (never the password). */
    public MailStatus status() {
        return new MailStatus(configured(), host.map(String::strip).orElse(null), parsedPort(),
                TlsMode.parse(tls).orElse(null), from, user.orElse(null), problem());
    }

    /** Minutes to wait after a failed send, multiplied by the number of attempts (at most a day). */
    public int retryMinutes() {
        return Math.max(1, retryMinutes);
    }

    /** Days without an answer after which a request gets a follow-up task. */
    public int followUpDays() {
        return Math.max(1, followUpDays);
    }

    /** Seconds between two scheduler runs; 0 (or less) means the scheduler does not run on its own. */
    public int schedulerSeconds() {
        return schedulerSeconds;
    }

    private String problem() {
        if (host.isEmpty() || host.get().isBlank()) {
            return "mail.status.noHost";
        }
        if (parsedPort() == null) {
            return "mail.status.badPort";
        }
        if (TlsMode.parse(tls).isEmpty()) {
            return "mail.status.badTls";
        }
        if (from == null || from.isBlank()) {
            return "mail.status.noFrom";
        }
        return null;
    }

    private Integer parsedPort() {
        try {
            int value = Integer.parseInt(port.strip());
            return value >= 1 && value <= 65_535 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
