package org.rapport.outreach.templates;

import java.io.Serializable;
import org.rapport.outreach.MessageChannel;
import org.rapport.outreach.MessageKind;

/**
 * Which message templates a list shows: a kind of message and a channel (or all), live or retired ones, and words
 * the name, subject or body contain.
 */
public record TemplateFilter(MessageKind kind, MessageChannel channel, boolean retired, String words)
        implements Serializable {

    public static TemplateFilter live() {
        return new TemplateFilter(null, null, false, null);
    }

    /** Whether a kind, channel or words narrow the list (an empty table then means "no match"). */
    public boolean isNarrowed() {
        return kind != null || channel != null || words != null && !words.isBlank();
    }
}
