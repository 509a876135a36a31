package org.rapport.outreach.outcomes;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.rapport.tasks.TaskSummary;

/** An outcome the student recorded, with the "tell them" task for each helper and where each stands. */
public record PastOutcome(long id, OutcomeKind kind, String organisation, LocalDate recordedOn, String note,
                          List<TaskSummary> tellTasks) implements Serializable {
}
