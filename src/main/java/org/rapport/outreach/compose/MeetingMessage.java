package org.rapport.outreach.compose;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.connectors.Connector;
import org.rapport.meetings.Meeting;
import org.rapport.outreach.MessageChannel;
import org.rapport.outreach.MessageKind;
import org.rapport.outreach.templates.MessageTemplate;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.BusinessException;
import org.rapport.platform.Require;

/**
 * A message a student drafts to a connector: the request, a follow-up, a reply to an objection, the confirmation,
 * the thank-you, the update to the referrer, or news for a helper. One draft per meeting and kind (per helper and
 * outcome for news), autosaved while typed; once marked sent it keeps its words and the day it went.
 */
@Entity
@Table(name = "meeting_message")
public class MeetingMessage extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int SUBJECT_LENGTH = MessageTemplate.SUBJECT_LENGTH;
    public static final int BODY_LENGTH = MessageTemplate.BODY_LENGTH;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Student student;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", updatable = false)
    private Meeting meeting;

    /** Who receives it: the meeting's connector, the referrer, or a helper. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "connector_id", nullable = false, updatable = false)
    private Connector connector;

    @Column(name = "draft_key", length = 80, nullable = false, updatable = false, unique = true)
    private String draftKey;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", length = 30, nullable = false, updatable = false)
    private MessageKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "channel", length = 20, nullable = false)
    private MessageChannel channel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "template_id")
    private MessageTemplate template;

    @Size(max = SUBJECT_LENGTH, message = "{field.tooLong}")
    @Column(name = "subject", length = SUBJECT_LENGTH)
    private String subject;

    @Size(max = BODY_LENGTH, message = "{field.tooLong}")
    @Column(name = "body", length = BODY_LENGTH)
    private String body;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "sent_via", length = 20)
    private SentVia sentVia;

    protected MeetingMessage() {
        // for JPA
    }

    public MeetingMessage(Student student, Meeting meeting, Connector connector, String draftKey, MessageKind kind,
                          MessageChannel channel) {
        this.student = Require.present(student, "student");
        this.meeting = meeting;
        this.connector = Require.present(connector, "connector");
        this.draftKey = Require.text(draftKey, 80, "draftKey");
        this.kind = Require.present(kind, "kind");
        this.channel = Require.present(channel, "channel");
    }

    /** The draft key of a meeting's message of a kind. */
    public static String keyFor(long meetingId, MessageKind kind) {
        return "M" + meetingId + ":" + kind.name();
    }

    /** The draft key of the news for one helper after one outcome. */
    public static String keyForHelper(long outcomeId, long connectorId) {
        return "O" + outcomeId + ":C" + connectorId + ":" + MessageKind.TELL_HELPER.name();
    }

    /**
     * Keeps the words typed so far.
     *
     * @throws BusinessException once the message was marked sent: it is then the record of what went
     */
    public void draft(MessageChannel newChannel, String newSubject, String newBody, MessageTemplate from) {
        checkDraft();
        this.channel = Require.present(newChannel, "channel");
        this.subject = newChannel.hasSubject() ? Require.optionalText(newSubject, SUBJECT_LENGTH, "subject") : null;
        this.body = Require.optionalText(newBody, BODY_LENGTH, "body");
        if (from != null) {
            this.template = from;
        }
    }

    /** Records that it went, on a day the service checked is not after today. */
    public void markSent(LocalDate on, SentVia via) {
        checkDraft();
        if (body == null) {
            throw new org.rapport.platform.InvalidFieldException("body", "message.body.required");
        }
        this.sentOn = Require.present(on, "on");
        this.sentVia = Require.present(via, "via");
    }

    public boolean isSent() {
        return sentOn != null;
    }

    private void checkDraft() {
        if (isSent()) {
            throw new BusinessException("message.alreadySent");
        }
    }

    public Student getStudent() {
        return student;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Connector getConnector() {
        return connector;
    }

    public String getDraftKey() {
        return draftKey;
    }

    public MessageKind getKind() {
        return kind;
    }

    public MessageChannel getChannel() {
        return channel;
    }

    public MessageTemplate getTemplate() {
        return template;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public SentVia getSentVia() {
        return sentVia;
    }
}
