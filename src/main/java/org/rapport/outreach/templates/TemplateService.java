package org.rapport.outreach.templates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditLog;
import org.rapport.identity.CurrentUser;
import org.rapport.outreach.MessageChannel;
import org.rapport.outreach.MessageKind;
import org.rapport.outreach.etiquette.FilledText;
import org.rapport.outreach.etiquette.Placeholder;
import org.rapport.outreach.etiquette.TemplateFiller;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.InvalidFieldException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.PageRequest;

/**
 * The door to the office's message templates. Only staff (advisors and administrators) list, add, rewrite, retire,
 * restore and preview them here; students meet the live ones in the composer. A template whose subject or body
 * holds a placeholder Rapport cannot fill is refused next to that field, so a student never sends "{boss}" to a
 * connector. A rewrite names the version it was read at, so two advisors never overwrite each other.
 */
@ApplicationScoped
@Transactional
public class TemplateService {

    private static final String WHAT = "message templates";

    @Inject
    private TemplateRepository templates;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    public List<TemplateSummary> list(@NotNull TemplateFilter filter, @NotNull PageRequest page) {
        checkStaff();
        return templates.list(filter, page).stream().map(TemplateSummary::of).toList();
    }

    public long count(@NotNull TemplateFilter filter) {
        checkStaff();
        return templates.count(filter);
    }

    public TemplateForm formFor(long id) {
        checkStaff();
        return TemplateForm.of(template(id));
    }

    /**
     * Adds a template or rewrites one; returns its id.
     *
     * @throws InvalidFieldException when the subject or body holds unknown placeholders, or the name is taken
     * @throws ConcurrentChangeException when the template was changed since the form was filled
     */
    public long save(@NotNull @Valid TemplateForm form) {
        checkStaff();
        MessageChannel channel = form.isNew() ? form.getChannel() : template(form.getId()).getChannel();
        String subject = channel.hasSubject() ? form.getSubject() : null;
        checkPlaceholders("subject", subject);
        checkPlaceholders("body", form.getBody());
        if (form.isNew()) {
            checkName(form.getKind(), channel, form.getName(), null);
            MessageTemplate template = new MessageTemplate(form.getKind(), channel, form.getName(), subject,
                    form.getBody());
            templates.add(template);
            return template.getId();
        }
        MessageTemplate template = current(form.getId(), form.getVersion());
        checkName(template.getKind(), channel, form.getName(), template.getId());
        template.rewrite(form.getName(), subject, form.getBody());
        return template.getId();
    }

    /** Takes a template out of the composer; drafts started from it keep their text. */
    public void retire(long id, long version) {
        checkStaff();
        current(id, version).retire();
    }

    public void restore(long id, long version) {
        checkStaff();
        current(id, version).restore();
    }

    /**
     * The wording as a student would see it, filled with the given sample values (a fictional connector and
     * referrer); the subject only on a channel that has one.
     */
    public FilledText preview(@NotNull MessageChannel channel, String subject, String body,
                              @NotNull Map<Placeholder, String> samples) {
        checkStaff();
        return TemplateFiller.fill(channel.hasSubject() ? blankToNull(subject) : null,
                body == null ? "" : body, samples);
    }

    private static void checkPlaceholders(String field, String text) {
        if (text == null) {
            return;
        }
        Collection<String> unknown = TemplateFiller.unknownPlaceholders(text);
        if (!unknown.isEmpty()) {
            throw new InvalidFieldException(field, "template.placeholders.unknown",
                    unknown.stream().map(TemplateService::braced).collect(Collectors.joining(", ")),
                    Arrays.stream(Placeholder.values()).map(p -> braced(p.token()))
                            .collect(Collectors.joining(", ")));
        }
    }

    private void checkName(MessageKind kind, MessageChannel channel, String name, Long exceptId) {
        if (templates.nameTaken(kind, channel, name, exceptId)) {
            throw new InvalidFieldException("name", "template.name.taken");
        }
    }

    private static String braced(String word) {
        return word.startsWith("{") ? word : "{" + word + "}";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private MessageTemplate current(long id, long version) {
        MessageTemplate template = template(id);
        if (template.getVersion() != version) {
            throw new ConcurrentChangeException("message template " + id);
        }
        return template;
    }

    private MessageTemplate template(long id) {
        return templates.find(id).orElseThrow(() -> new NotFoundException("message template", id));
    }

    private void checkStaff() {
        if (!currentUser.isStaff()) {
            audit.record(currentUser.actor(), AuditAction.ACCESS_DENIED, null, WHAT, null);
            throw new AccessDeniedException(WHAT, null);
        }
    }
}
