package org.rapport.outreach.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import org.rapport.outreach.MessageChannel;
import org.rapport.outreach.MessageKind;
import org.rapport.outreach.etiquette.FilledText;
import org.rapport.outreach.templates.TemplateFilter;
import org.rapport.outreach.templates.TemplateForm;
import org.rapport.outreach.templates.TemplateService;
import org.rapport.outreach.templates.TemplateSummary;
import org.rapport.platform.web.FormActions;
import org.rapport.platform.web.Messages;
import org.rapport.platform.web.PagedModel;

/**
 * Backs {@code /staff/templates}: the office's message templates, live or retired, filtered by kind, channel and
 * words and paged in MariaDB, the form below the table that adds a template or rewrites the one picked, and a
 * preview of the form's wording filled with a fictional connector's details. Every change names the version it was
 * read at; a change someone saved meanwhile is refused and the form keeps what was typed.
 */
@Named
@ViewScoped
public class TemplatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "template";
    private static final String CONFLICT = "templates.conflict";

    @Inject
    private TemplateService templates;

    @Inject
    private TemplateOptions options;

    private MessageKind kind;
    private MessageChannel channel;
    private boolean retired;
    private String words;
    private TemplateForm form = new TemplateForm();
    private FilledText preview;

    private final LazyDataModel<TemplateSummary> rows = new PagedModel<>(
            none -> templates.count(filter()),
            page -> templates.list(filter(), page),
            TemplateSummary::id);

    private TemplateFilter filter() {
        return new TemplateFilter(kind, channel, retired, words);
    }

    /** Opens the template of this row in the form, as it is now. */
    public void edit(TemplateSummary template) {
        preview = null;
        attempt(() -> form = templates.formFor(template.id()));
    }

    /** Leaves the template being edited; the form adds a new one again. */
    public void startNew() {
        form = new TemplateForm();
        preview = null;
    }

    public void save() {
        boolean added = form.isNew();
        if (attempt(() -> templates.save(form))) {
            form = new TemplateForm();
            preview = null;
            Messages.info(added ? "templates.added" : "templates.saved");
        }
    }

    /** Fills the wording in the form with the sample connector's details, without saving anything. */
    public void showPreview() {
        attempt(() -> preview = templates.preview(form.getChannel(), form.getSubject(), form.getBody(),
                options.samples()));
    }

    public void retire(TemplateSummary template) {
        if (attempt(() -> templates.retire(template.id(), template.version()))) {
            Messages.info("templates.retiredDone");
        }
    }

    public void restore(TemplateSummary template) {
        if (attempt(() -> templates.restore(template.id(), template.version()))) {
            Messages.info("templates.restoredDone");
        }
    }

    private boolean attempt(Runnable change) {
        return FormActions.attempt(FORM, CONFLICT, change);
    }

    public boolean isFiltered() {
        return filter().isNarrowed();
    }

    public LazyDataModel<TemplateSummary> getRows() {
        return rows;
    }

    public TemplateForm getForm() {
        return form;
    }

    public FilledText getPreview() {
        return preview;
    }

    public MessageKind getKind() {
        return kind;
    }

    public void setKind(MessageKind kind) {
        this.kind = kind;
    }

    public MessageChannel getChannel() {
        return channel;
    }

    public void setChannel(MessageChannel channel) {
        this.channel = channel;
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }
}
