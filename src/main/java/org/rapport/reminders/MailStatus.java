package org.rapport.reminders;

import java.io.Serializable;

/**
 * Mail settings as staff see them: never the password. {@code problemKey} is a bundle key saying why mail is not
 * configured, or {@code null} when it is.
 */
public record MailStatus(boolean configured, String host, Integer port, TlsMode tls, String from, String user,
                         String problemKey) implements Serializable {
}
