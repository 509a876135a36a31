package org.rapport.outreach.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.rapport.outreach.compose.ComposerService;
import org.rapport.outreach.compose.ComposerTarget;
import org.rapport.outreach.compose.SentVia;
import org.rapport.platform.web.FormActions;
import org.rapport.platform.web.Messages;

/**
 * Backs the composer's "Send" section: mark the draft sent (with the day and how it went) or send it from Rapport,
 * then go back to the meeting (or to the outcomes, for news to a helper) with a message. Refusals are shown next to
 * the field they concern (the day, the message) and a draft saved meanwhile keeps what was typed.
 */
@Named
@ViewScoped
public class ComposerSendBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComposerService composer;

    @Inject
    private ComposerBacking draft;

    public String markSent() {
        if (!FormActions.attempt("composer", ComposerBacking.CONFLICT,
                () -> composer.markSent(draft.getTarget(), draft.getForm()))) {
            return null;
        }
        return done("composer.sent.saved");
    }

    public String sendFromRapport() {
        if (!FormActions.attempt("composer", ComposerBacking.CONFLICT,
                () -> composer.sendFromRapport(draft.getTarget(), draft.getForm()))) {
            return null;
        }
        return done("composer.sent.queued");
    }

    private String done(String key) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(key, draft.getPage().recipientName());
        ComposerTarget target = draft.getTarget();
        return target.isHelper() ? "/student/outcomes?faces-redirect=true"
                : "/student/meeting?faces-redirect=true&id=" + target.meetingId();
    }

    /** How a student can say it went (sending from Rapport has its own button). */
    public List<SentVia> getSentVias() {
        return List.of(SentVia.OWN_MAIL, SentVia.PHONE_CALL, SentVia.POST);
    }
}
