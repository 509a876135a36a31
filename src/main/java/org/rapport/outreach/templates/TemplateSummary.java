package org.rapport.outreach.templates;

import java.io.Serializable;
import org.rapport.outreach.MessageChannel;
import org.rapport.outreach.MessageKind;

/** A message template as the staff list shows it. */
public record TemplateSummary(long id, long version, MessageKind kind, MessageChannel channel, String name,
                              String subject, String body, boolean retired) implements Serializable {

    static TemplateSummary of(MessageTemplate t) {
        return new TemplateSummary(t.getId(), t.getVersion(), t.getKind(), t.getChannel(), t.getName(),
                t.getSubject(), t.getBody(), t.isRetired());
    }

    public boolean hasSubject() {
        return subject != null;
    }
}
