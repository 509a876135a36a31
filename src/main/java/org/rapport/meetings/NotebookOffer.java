package org.rapport.meetings;

import java.io.Serializable;
import java.util.List;
import org.rapport.research.NotebookItem;

/**
 * What the student's notebook offers a meeting's list: open hypotheses to test, findings to open a springboard
 * question with, and news to share as talking points. Items already on the list are left out.
 */
public record NotebookOffer(List<NotebookItem> hypotheses, List<NotebookItem> findings, List<NotebookItem> news)
        implements Serializable {
}
