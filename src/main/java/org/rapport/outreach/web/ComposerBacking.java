package org.rapport.outreach.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.rapport.outreach.MessageChannel;
import org.rapport.outreach.MessageKind;
import org.rapport.outreach.compose.ComposerPage;
import org.rapport.outreach.compose.ComposerService;
import org.rapport.outreach.compose.ComposerTarget;
import org.rapport.outreach.compose.SentForm;
import org.rapport.outreach.etiquette.Brackets;
import org.rapport.outreach.etiquette.EtiquetteReport;
import org.rapport.outreach.etiquette.FilledText;
import org.rapport.outreach.etiquette.PointResult;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.Messages;

/**
 * Backs {@code /student/meeting-message?id=…&kind=…} (and {@code ?outcome=…&connector=…&kind=TELL_HELPER}): the
 * draft of one message, saved as it is typed (the page's script calls {@link #autosave()} and reads back
 * {@code saved}/{@code version} or {@code conflict}), checked live, and marked sent. Only the meeting's student
 * gets the page; the service refuses everyone else. Sending is {@link ComposerSendBacking}'s, the times offered
 * {@link ComposerWindowsBacking}'s.
 */
@Named
@ViewScoped
public class ComposerBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CONFLICT = "composer.conflict";

    @Inject
    private ComposerService composer;

    private final ComposerParams params = new ComposerParams();
    private ComposerTarget target;
    private ComposerPage page;
    private SentForm form;
    private EtiquetteReport report;
    private List<PointResult> points;
    private Long templateId;

    public void load() {
        if (page != null) {
            return;
        }
        page = ErrorResponses.loadOrRefuse(() -> composer.open(target = params.target()));
        if (page != null) {
            form = SentForm.startingFrom(page.draft(), page.today());
            report = page.etiquette();
            points = page.thankYou();
            templateId = page.draft().getTemplateId();
        }
    }

    /** Autosave: answers {@code saved} and the new {@code version}, or {@code conflict} (the text stays). */
    public void autosave() {
        PrimeFaces.Ajax answer = PrimeFaces.current().ajax();
        try {
            form.setVersion(composer.saveDraft(target, form));
            answer.addCallbackParam("saved", true);
            answer.addCallbackParam("version", form.getVersion());
        } catch (ConcurrentChangeException conflict) {
            answer.addCallbackParam("conflict", Messages.text(CONFLICT));
        } catch (org.rapport.platform.BusinessException refused) {
            answer.addCallbackParam("refused", Messages.text(refused.getMessageKey(),
                    (Object[]) refused.getArguments()));
        } catch (RuntimeException e) {
            if (!ConcurrentChangeException.causedBy(e)) {
                throw e;
            }
            answer.addCallbackParam("conflict", Messages.text(CONFLICT));
        }
    }

    /** The live checker: reads the words as typed now (nothing is saved). */
    public void check() {
        if (target.kind() == MessageKind.THANK_YOU) {
            points = composer.thankYouPoints(form.getBody());
        } else if (target.kind().isChecked()) {
            report = composer.check(target.meetingId(), form.getChannel(), form.getSubject(), form.getBody());
        }
    }

    /** Starts the draft again from the chosen template (the page asked first when there was text). */
    public void useTemplate() {
        if (templateId == null) {
            return;
        }
        FilledText filled = composer.fromTemplate(target, templateId);
        form.setSubject(filled.subject());
        form.setBody(filled.body());
        form.setTemplateId(templateId);
        check();
    }

    public List<MessageChannel> getChannels() {
        return List.of(MessageChannel.values());
    }

    ComposerTarget getTarget() {
        return target;
    }

    /** The key in the browser's storage under which unsaved words wait. */
    public String getStorageKey() {
        return "rapport.message." + target.draftKey();
    }

    public ComposerPage getPage() {
        return page;
    }

    public SentForm getForm() {
        return form;
    }

    public EtiquetteReport getReport() {
        return report;
    }

    public List<PointResult> getPoints() {
        return points;
    }

    /** The parts in [square brackets] the draft still holds from its template, as typed now. */
    public List<String> getUnfilled() {
        return form == null ? List.of() : Brackets.unfilledIn(form.getBody());
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public ComposerParams getParams() {
        return params;
    }
}
