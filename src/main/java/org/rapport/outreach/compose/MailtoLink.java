package org.rapport.outreach.compose;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code mailto:} link that opens the student's own mail app with the message filled in (RFC 6068): the
 * subject and body percent-encoded in UTF-8, spaces as {@code %20} (mail apps show a {@code +} literally) and line
 * breaks as {@code %0D%0A}.
 */
public final class MailtoLink {

    private MailtoLink() {
    }

    /** The link; an unknown address leaves the "to" empty so the student fills it in their mail app. */
    public static String of(String to, String subject, String body) {
        StringBuilder link = new StringBuilder("mailto:");
        if (to != null && !to.isBlank()) {
            link.append(encode(to.strip()).replace("%40", "@"));
        }
        char separator = '?';
        if (subject != null && !subject.isBlank()) {
            link.append(separator).append("subject=").append(encode(subject));
            separator = '&';
        }
        if (body != null && !body.isBlank()) {
            link.append(separator).append("body=").append(encode(body.replace("\r\n", "\n").replace("\n", "\r\n")));
        }
        return link.toString();
    }

    /** Percent-encodes a value for a URI: unreserved characters stay, everything else (spaces too) is escaped. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }
}
