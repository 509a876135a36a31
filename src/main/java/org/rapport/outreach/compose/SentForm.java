package org.rapport.outreach.compose;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.rapport.outreach.MessageChannel;

/**
 * "Mark as sent": the latest words of the draft (saved first), the day it went (not after the student's today,
 * checked by the service in their zone) and how it went.
 */
public class SentForm extends DraftForm {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{composer.sentOn.required}")
    private LocalDate sentOn;

    @NotNull(message = "{composer.via.required}")
    private SentVia via = SentVia.OWN_MAIL;

    /** The form for a draft as it was read: sent today, the way its channel usually goes. */
    public static SentForm startingFrom(DraftForm draft, LocalDate today) {
        SentForm form = new SentForm();
        form.setVersion(draft.getVersion());
        form.setChannel(draft.getChannel());
        form.setSubject(draft.getSubject());
        form.setBody(draft.getBody());
        form.setTemplateId(draft.getTemplateId());
        form.sentOn = today;
        form.via = draft.getChannel() == MessageChannel.PHONE ? SentVia.PHONE_CALL
                : draft.getChannel() == MessageChannel.LETTER ? SentVia.POST : SentVia.OWN_MAIL;
        return form;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    public SentVia getVia() {
        return via;
    }

    public void setVia(SentVia via) {
        this.via = via;
    }
}
