package org.rapport.outreach.web;

import java.io.Serializable;
import org.rapport.outreach.MessageKind;
import org.rapport.outreach.compose.ComposerTarget;
import org.rapport.platform.NotFoundException;

/**
 * The composer's address: {@code ?id=<meeting>&kind=<KIND>}, or {@code ?outcome=<id>&connector=<id>&kind=TELL_HELPER}
 * for news to a helper. An unknown kind or a missing id is a page that does not exist (404).
 */
public class ComposerParams implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long outcome;
    private Long connector;
    private String kind;

    /** @throws NotFoundException when the address names no draft */
    ComposerTarget target() {
        MessageKind parsed;
        try {
            parsed = MessageKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException("message kind", kind);
        }
        if (parsed == MessageKind.TELL_HELPER) {
            if (outcome == null || connector == null) {
                throw new NotFoundException("news for a helper", "(none)");
            }
            return ComposerTarget.forHelper(outcome, connector);
        }
        if (id == null) {
            throw new NotFoundException("meeting", "(none)");
        }
        return ComposerTarget.ofMeeting(id, parsed);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getOutcome() {
        return outcome;
    }

    public void setOutcome(Long outcome) {
        this.outcome = outcome;
    }

    public Long getConnector() {
        return connector;
    }

    public void setConnector(Long connector) {
        this.connector = connector;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
