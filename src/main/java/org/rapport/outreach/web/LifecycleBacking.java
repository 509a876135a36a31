package org.rapport.outreach.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.rapport.outreach.lifecycle.LifecyclePanel;
import org.rapport.outreach.lifecycle.LifecycleService;
import org.rapport.outreach.lifecycle.ObjectionForm;
import org.rapport.outreach.lifecycle.ObjectionKind;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.FormActions;
import org.rapport.platform.web.Messages;

/**
 * Backs "What happens next" on {@code /student/meeting} (and its read-only part on {@code /staff/meeting}): which
 * answer form is open, the objection, decline and cancel forms, and closing. A change that goes through reloads the
 * page, so every section shows the meeting's new stage; a refusal or a conflict keeps what was typed.
 */
@Named
@ViewScoped
public class LifecycleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CONFLICT = "meeting.conflict";

    @Inject
    private LifecycleService lifecycle;

    private Long id;
    private LifecyclePanel panel;
    /** The form open under "Record their answer": YES, OBJECTION, DECLINE, or CANCEL; null when none. */
    private String answer;
    private ObjectionForm objection;
    private String note;
    private String reason;

    /** Reads the panel of the meeting the page shows, unless the page was already refused. */
    public void load(Long meetingId) {
        if (panel != null || meetingId == null || FacesContext.getCurrentInstance().getResponseComplete()) {
            return;
        }
        id = meetingId;
        panel = ErrorResponses.loadOrRefuse(() -> lifecycle.panel(meetingId));
    }

    /** Opens one of the forms (and closes any other). */
    public void show(String form) {
        answer = form;
        if ("OBJECTION".equals(form) && objection == null) {
            objection = lifecycle.objectionFormFor(id);
        }
    }

    public void hide() {
        answer = null;
    }

    public String recordObjection() {
        return FormActions.attempt("objection", CONFLICT, () -> lifecycle.recordObjection(id, objection))
                ? reloaded("lifecycle.objection.saved") : null;
    }

    public String recordDecline() {
        return FormActions.attempt("decline", CONFLICT, () -> lifecycle.recordDecline(id, panel.version(), note))
                ? reloaded("lifecycle.decline.saved") : null;
    }

    public String cancel() {
        return FormActions.attempt("cancel", CONFLICT, () -> lifecycle.cancel(id, panel.version(), reason))
                ? reloaded("lifecycle.cancel.saved") : null;
    }

    public String close() {
        return FormActions.attempt("acts", CONFLICT, () -> lifecycle.close(id, panel.version()))
                ? reloaded("lifecycle.closed") : null;
    }

    /** After a change: the page again, fresh, with the confirmation on top. */
    String reloaded(String messageKey) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(messageKey);
        return "/student/meeting?faces-redirect=true&id=" + id;
    }

    public ObjectionKind[] getObjectionKinds() {
        return ObjectionKind.values();
    }

    public Long getId() {
        return id;
    }

    public LifecyclePanel getPanel() {
        return panel;
    }

    public String getAnswer() {
        return answer;
    }

    public ObjectionForm getObjection() {
        return objection;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
