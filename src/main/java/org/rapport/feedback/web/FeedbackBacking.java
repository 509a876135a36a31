package org.rapport.feedback.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rapport.feedback.Competitiveness;
import org.rapport.feedback.FeedbackForm;
import org.rapport.feedback.FeedbackService;
import org.rapport.feedback.FeedbackView;
import org.rapport.feedback.HiringStance;
import org.rapport.feedback.NextStep;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.FormActions;
import org.rapport.platform.web.Messages;

/**
 * Backs the competitive feedback form ({@code WEB-INF/includes/feedback-form.xhtml}) of one meeting, on any page
 * that opens it with the meeting's id: what the connector said, recorded as codes, tags and the student's own words,
 * and the next steps they recommended, each of which can go onto the student's task list. A save refused because
 * another tab saved first keeps what was typed.
 */
@Named
@ViewScoped
public class FeedbackBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeedbackService feedback;

    private Long meetingId;
    private FeedbackForm form;
    private FeedbackView view;

    @NotBlank(message = "{feedback.step.required}")
    @Size(max = NextStep.TEXT_LENGTH, message = "{field.tooLong}")
    private String stepText;

    private final Map<Long, LocalDate> dueDates = new HashMap<>();

    /** Opens the feedback of this meeting (a view action after the page's own load, which may have refused). */
    public void open(Long id) {
        if (form != null || FacesContext.getCurrentInstance().getResponseComplete()) {
            return;
        }
        meetingId = id;
        view = ErrorResponses.loadOrRefuse(id, "meeting", () -> feedback.view(id));
        form = view == null ? null : FeedbackForm.of(view);
    }

    public void save() {
        boolean saved = attempt("feedback", () -> feedback.save(meetingId, form));
        view = feedback.view(meetingId);
        if (saved) {
            form = FeedbackForm.of(view);
            Messages.info("feedback.page.saved");
        }
    }

    public void addStep() {
        if (attempt("steps", () -> feedback.addStep(meetingId, stepText))) {
            stepText = null;
            Messages.info("feedback.page.stepAdded");
        }
        view = feedback.view(meetingId);
    }

    public void removeStep(long stepId) {
        if (attempt("steps", () -> feedback.removeStep(meetingId, stepId))) {
            Messages.info("feedback.page.stepRemoved");
        }
        view = feedback.view(meetingId);
    }

    public void makeTask(long stepId) {
        if (attempt("steps", () -> feedback.makeTask(meetingId, stepId, dueDates.get(stepId)))) {
            Messages.info("feedback.page.taskAdded");
        }
        view = feedback.view(meetingId);
    }

    private static boolean attempt(String formId, Runnable change) {
        return FormActions.attempt(formId, "feedback.page.conflict", change);
    }

    public List<Competitiveness> getCompetitivenessChoices() {
        return List.of(Competitiveness.values());
    }

    public List<HiringStance> getHiringChoices() {
        return List.of(HiringStance.values());
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public FeedbackForm getForm() {
        return form;
    }

    public FeedbackView getView() {
        return view;
    }

    public String getStepText() {
        return stepText;
    }

    public void setStepText(String stepText) {
        this.stepText = stepText;
    }

    public Map<Long, LocalDate> getDueDates() {
        return dueDates;
    }
}
