package org.rapport.outreach.lifecycle;

/**
 * What a connector said instead of yes, coded for statistics. Each kind has suggested replies
 * ({@code objection.<NAME>.reply.1..n}) and a next action ({@code objection.<NAME>.next}) in the bundle.
 */
public enum ObjectionKind {
    BUSY(2),
    NOT_RIGHT_PERSON(2),
    TALK_TO_HR(2),
    NOT_HIRING(2),
    OTHER(1);

    private final int replies;

    ObjectionKind(int replies) {
        this.replies = replies;
    }

    public int replyCount() {
        return replies;
    }

    public String messageKey() {
        return "objection." + name();
    }

    public String nextActionKey() {
        return "objection." + name() + ".next";
    }

    public String replyKey(int number) {
        return "objection." + name() + ".reply." + number;
    }
}
