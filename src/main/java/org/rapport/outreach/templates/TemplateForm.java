package org.rapport.outreach.templates;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.rapport.outreach.MessageChannel;
import org.rapport.outreach.MessageKind;
import org.rapport.platform.EditForm;

/**
 * What an advisor types to add or rewrite a message template; {@code id == null} for a new one. The kind and the
 * channel are chosen when the template is added and stay as they are afterwards.
 */
public class TemplateForm extends EditForm {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{template.kind.required}")
    private MessageKind kind;

    @NotNull(message = "{template.channel.required}")
    private MessageChannel channel = MessageChannel.EMAIL;

    @NotBlank(message = "{template.name.required}")
    @Size(max = MessageTemplate.NAME_LENGTH, message = "{field.tooLong}")
    private String name;

    @Size(max = MessageTemplate.SUBJECT_LENGTH, message = "{field.tooLong}")
    private String subject;

    @NotBlank(message = "{template.body.required}")
    @Size(max = MessageTemplate.BODY_LENGTH, message = "{field.tooLong}")
    private String body;

    public static TemplateForm of(MessageTemplate template) {
        TemplateForm form = new TemplateForm();
        form.fillFrom(template);
        form.kind = template.getKind();
        form.channel = template.getChannel();
        form.name = template.getName();
        form.subject = template.getSubject();
        form.body = template.getBody();
        return form;
    }

    /** Whether the subject line applies (e-mail only). */
    public boolean isSubjectShown() {
        return channel == null || channel.hasSubject();
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
