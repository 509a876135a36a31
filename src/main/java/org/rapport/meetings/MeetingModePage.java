package org.rapport.meetings;

import java.io.Serializable;
import java.util.List;
import org.rapport.research.NotebookItem;

/**
 * What meeting mode opens with, read in one go: the meeting with its list, the "held" form (today and the planned
 * length as the starting guess) and the student's open hypotheses to test, those about this connector or
 * organisation first.
 */
public record MeetingModePage(MeetingView view, HeldForm held, List<NotebookItem> hypotheses) implements Serializable {
}
