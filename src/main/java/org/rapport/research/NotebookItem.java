package org.rapport.research;

import java.io.Serializable;

/**
 * A hypothesis, finding or news item offered to a meeting's question list: its text, the note it sits in, and
 * whether that note concerns the meeting's connector or organisation (those are offered first).
 */
public record NotebookItem(long id, String text, String noteTitle, boolean aboutThisMeeting) implements Serializable {
}
