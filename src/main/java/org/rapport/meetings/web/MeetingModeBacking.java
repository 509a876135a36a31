package org.rapport.meetings.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.rapport.meetings.HeldForm;
import org.rapport.meetings.ListItem;
import org.rapport.meetings.MeetingModePage;
import org.rapport.meetings.MeetingModeService;
import org.rapport.meetings.MeetingService;
import org.rapport.meetings.MeetingView;
import org.rapport.meetings.QuestionOutcome;
import org.rapport.platform.BusinessException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.FormActions;
import org.rapport.platform.web.Messages;
import org.rapport.research.NotebookItem;

/**
 * Backs {@code /student/meeting-mode?id=…}, the page the student keeps open during and right after the conversation:
 * the checklist (each item's outcome and note arrive one at a time from the page's autosave, with the version they
 * were read at, and the new version goes back as a callback parameter) and "mark as held". Only the meeting's
 * student gets the page; the services refuse everyone else.
 */
@Named
@ViewScoped
public class MeetingModeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingService meetings;

    @Inject
    private MeetingModeService mode;

    private Long id;
    private MeetingView view;
    private HeldForm held;
    private List<NotebookItem> hypotheses;

    public void load() {
        if (view != null) {
            return;
        }
        MeetingModePage opened = ErrorResponses.loadOrRefuse(id, "meeting", () -> mode.open(id));
        if (opened != null) {
            view = opened.view();
            held = opened.held();
            hypotheses = opened.hypotheses();
        }
    }

    public void refresh() {
        view = meetings.view(id);
    }

    /**
     * Autosave of one checklist item (request parameters {@code itemId}, {@code version}, {@code outcome},
     * {@code note}). Answers {@code saved} and the new {@code version}; on a conflict, {@code conflict} with the
     * version, outcome and note saved meanwhile, so the page can offer to keep either; {@code refused} otherwise.
     */
    public void saveItem() {
        Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        long itemId = Long.parseLong(request.get("itemId"));
        PrimeFaces.Ajax answer = PrimeFaces.current().ajax();
        try {
            long version = mode.recordItem(id, itemId, Long.parseLong(request.get("version")),
                    QuestionOutcome.valueOf(request.get("outcome")), request.get("note"));
            answer.addCallbackParam("saved", true);
            answer.addCallbackParam("version", version);
        } catch (ConcurrentChangeException conflict) {
            answerConflict(answer, itemId);
        } catch (BusinessException refused) {
            answer.addCallbackParam("refused", Messages.text(refused.getMessageKey(),
                    (Object[]) refused.getArguments()));
        } catch (RuntimeException e) {
            // Two saves at the very same moment: the version check at commit refuses the second.
            if (!ConcurrentChangeException.causedBy(e)) {
                throw e;
            }
            answerConflict(answer, itemId);
        }
    }

    private void answerConflict(PrimeFaces.Ajax answer, long itemId) {
        refresh();
        ListItem latest = view.items().stream().filter(item -> item.id() == itemId).findFirst().orElseThrow();
        answer.addCallbackParam("conflict", true);
        answer.addCallbackParam("version", latest.version());
        answer.addCallbackParam("outcome", latest.outcome().name());
        answer.addCallbackParam("note", latest.note() == null ? "" : latest.note());
    }

    /** Marks the meeting held; the page opens again showing it held (notes and capture stay open). */
    public String markHeld() {
        if (!FormActions.attempt("held", MeetingPlanBacking.CONFLICT, () -> mode.markHeld(id, held))) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("meetingMode.held.saved");
        return "/student/meeting-mode?faces-redirect=true&id=" + id;
    }

    /** The outcomes a checklist item can have, in the order the radio group shows them. */
    public List<QuestionOutcome> getOutcomes() {
        return List.of(QuestionOutcome.values());
    }

    /** The day capture should name: the day it was held, or today (the held form's default) while planned. */
    public java.time.LocalDate getMeetingDay() {
        return view.heldOn() != null ? view.heldOn() : held.getHeldOn();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeetingView getView() {
        return view;
    }

    public HeldForm getHeld() {
        return held;
    }

    /** The hypotheses to test as the page opened (the capture panel keeps its own list up to date). */
    public List<NotebookItem> getHypotheses() {
        return hypotheses;
    }
}
