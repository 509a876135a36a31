package org.rapport.outreach.compose;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.rapport.outreach.MessageChannel;

/**
 * The words of a draft as the composer holds them: the channel, the subject (e-mail only), the body, the template
 * it was started from, and the version it was read at ({@code null} while the draft has never been saved).
 */
public class DraftForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;

    @NotNull
    private MessageChannel channel = MessageChannel.EMAIL;

    @Size(max = MeetingMessage.SUBJECT_LENGTH, message = "{field.tooLong}")
    private String subject;

    @Size(max = MeetingMessage.BODY_LENGTH, message = "{field.tooLong}")
    private String body;

    private Long templateId;

    public DraftForm() {
        // for the page
    }

    public DraftForm(Long version, MessageChannel channel, String subject, String body, Long templateId) {
        this.version = version;
        this.channel = channel;
        this.subject = subject;
        this.body = body;
        this.templateId = templateId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public MessageChannel getChannel() {
        return channel;
    }

    public void setChannel(MessageChannel channel) {
        this.channel = channel;
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

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }
}
