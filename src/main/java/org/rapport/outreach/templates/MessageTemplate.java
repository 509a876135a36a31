package org.rapport.outreach.templates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.outreach.MessageChannel;
import org.rapport.outreach.MessageKind;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/**
 * One of the office's templates for a kind of message on a channel, managed by advisors. Placeholders in braces
 * ({@code {connectorName}}, {@code {referrerName}}, …; see {@link Placeholder}) are filled when a student starts a
 * draft from it; a line whose placeholder has nothing to fill it is left out. Retired templates are no longer
 * offered; drafts started from them keep their text.
 */
@Entity
@Table(name = "message_template")
public class MessageTemplate extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 120;
    public static final int SUBJECT_LENGTH = 200;
    public static final int BODY_LENGTH = 6000;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", length = 30, nullable = false)
    private MessageKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "channel", length = 20, nullable = false)
    private MessageChannel channel;

    @NotBlank(message = "{template.name.required}")
    @Size(max = NAME_LENGTH, message = "{field.tooLong}")
    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Size(max = SUBJECT_LENGTH, message = "{field.tooLong}")
    @Column(name = "subject", length = SUBJECT_LENGTH)
    private String subject;

    @NotBlank(message = "{template.body.required}")
    @Size(max = BODY_LENGTH, message = "{field.tooLong}")
    @Column(name = "body", length = BODY_LENGTH, nullable = false)
    private String body;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    protected MessageTemplate() {
        // for JPA
    }

    public MessageTemplate(MessageKind kind, MessageChannel channel, String name, String subject, String body) {
        this.kind = Require.present(kind, "kind");
        this.channel = Require.present(channel, "channel");
        rewrite(name, subject, body);
    }

    /** Changes the wording; the placeholders are checked by the service before this. */
    public void rewrite(String newName, String newSubject, String newBody) {
        this.name = Require.text(newName, NAME_LENGTH, "name");
        this.subject = channel.hasSubject() ? Require.optionalText(newSubject, SUBJECT_LENGTH, "subject") : null;
        this.body = Require.text(newBody, BODY_LENGTH, "body");
    }

    public void retire() {
        retired = true;
    }

    public void restore() {
        retired = false;
    }

    public MessageKind getKind() {
        return kind;
    }

    public MessageChannel getChannel() {
        return channel;
    }

    public String getName() {
        return name;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public boolean isRetired() {
        return retired;
    }
}
