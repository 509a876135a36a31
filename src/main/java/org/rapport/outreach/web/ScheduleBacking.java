package org.rapport.outreach.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.rapport.meetings.Caller;
import org.rapport.meetings.MeetingMode;
import org.rapport.outreach.lifecycle.ScheduleForm;
import org.rapport.outreach.lifecycle.ScheduleService;
import org.rapport.platform.web.FormActions;

/**
 * Backs the schedule form of "What happens next" ({@code /student/meeting}): "They said yes" and "Change the time".
 * The form is read when it is first shown; a refusal (a time in the past, one the clocks skip) is shown next to its
 * field and the input is kept.
 */
@Named
@ViewScoped
public class ScheduleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScheduleService schedules;

    @Inject
    private LifecycleBacking lifecycle;

    private ScheduleForm form;

    /** Saves the time; the page then reloads and shows it in both zones. */
    public String save() {
        long id = lifecycle.getId();
        return FormActions.attempt("schedule", LifecycleBacking.CONFLICT, () -> schedules.schedule(id, form))
                ? lifecycle.reloaded("schedule.saved") : null;
    }

    /** The form, read from the meeting the first time it is shown (prefilled with the agreed time for a change). */
    public ScheduleForm getForm() {
        if (form == null && lifecycle.getId() != null) {
            form = schedules.formFor(lifecycle.getId());
        }
        return form;
    }

    public MeetingMode[] getModes() {
        return MeetingMode.values();
    }

    public Caller[] getCallers() {
        return Caller.values();
    }
}
