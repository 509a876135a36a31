package org.rapport.outreach.etiquette;

import java.io.Serializable;

/** A template with its placeholders filled: the subject ({@code null} when the template has none) and the body. */
public record FilledText(String subject, String body) implements Serializable {
}
