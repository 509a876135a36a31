package org.rapport.reminders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.BusinessException;
import org.rapport.platform.Require;

/**
 * One mail waiting to go out, or gone: a reminder about a due task or a message a student sent from Rapport. The
 * dedupe key makes it unique (one reminder per task and due date, one row per message), so queueing twice queues
 * once. A scheduler run claims it before sending, so no other run sends it; a failed send goes back to waiting with
 * its error and a later attempt time, and is never dropped. A mail whose sender stopped mid-send is not sent again
 * on its own (it may have gone out): it is marked failed for staff to decide.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int DEDUPE_KEY_LENGTH = 100;
    public static final int ADDRESS_LENGTH = 254;
    public static final int SUBJECT_LENGTH = 200;
    public static final int BODY_LENGTH = 8000;
    public static final int CLAIMED_BY_LENGTH = 80;
    public static final int ERROR_LENGTH = 1000;

    /** The longest wait between two attempts, however many failed. */
    public static final Duration MAX_BACKOFF = Duration.ofHours(24);

    /** Kept as the error of a mail whose sender stopped while sending it. */
    public static final String INTERRUPTED = "interrupted; not resent to avoid a duplicate";

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", length = 20, nullable = false, updatable = false)
    private OutboxKind kind;

    @Column(name = "dedupe_key", length = DEDUPE_KEY_LENGTH, nullable = false, updatable = false, unique = true)
    private String dedupeKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Student student;

    @Column(name = "task_id", updatable = false)
    private Long taskId;

    @Column(name = "message_id", updatable = false)
    private Long messageId;

    @Size(max = ADDRESS_LENGTH, message = "{field.tooLong}")
    @Column(name = "to_address", length = ADDRESS_LENGTH, nullable = false, updatable = false)
    private String toAddress;

    @Size(max = ADDRESS_LENGTH, message = "{field.tooLong}")
    @Column(name = "reply_to", length = ADDRESS_LENGTH, updatable = false)
    private String replyTo;

    @Size(max = SUBJECT_LENGTH, message = "{field.tooLong}")
    @Column(name = "subject", length = SUBJECT_LENGTH, nullable = false, updatable = false)
    private String subject;

    @Size(max = BODY_LENGTH, message = "{field.tooLong}")
    @Column(name = "body", length = BODY_LENGTH, nullable = false, updatable = false)
    private String body;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "state", length = 20, nullable = false)
    private OutboxState state = OutboxState.PENDING;

    /** How many times a run took it to send (claims), successful or not. */
    @Column(name = "attempts", nullable = false)
    private int attempts;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = CLAIMED_BY_LENGTH)
    private String claimedBy;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    protected OutboxEntry() {
        // for JPA
    }

    private OutboxEntry(OutboxKind kind, String dedupeKey, Student student, Long taskId, Long messageId, String to,
                        String replyTo, String subject, String body, Instant now) {
        this.kind = kind;
        this.dedupeKey = Require.text(dedupeKey, DEDUPE_KEY_LENGTH, "dedupeKey");
        this.student = Require.present(student, "student");
        this.taskId = taskId;
        this.messageId = messageId;
        this.toAddress = Require.text(to, ADDRESS_LENGTH, "to");
        this.replyTo = Require.optionalText(replyTo, ADDRESS_LENGTH, "replyTo");
        this.subject = Require.text(subject, SUBJECT_LENGTH, "subject");
        this.body = Require.text(body, BODY_LENGTH, "body");
        this.nextAttemptAt = Require.present(now, "now");
    }

    /** A reminder about a task due on {@code dueOn}, to go out at once. */
    public static OutboxEntry reminder(Student student, long taskId, LocalDate dueOn, String to, String subject,
                                       String body, Instant now) {
        return new OutboxEntry(OutboxKind.REMINDER, reminderKey(taskId, dueOn), student, taskId, null, to, null,
                subject, body, now);
    }

    /** A message a student sends to a connector from Rapport; answers go to {@code replyTo} (the student). */
    public static OutboxEntry message(Student student, long messageId, String to, String replyTo, String subject,
                                      String body, Instant now) {
        return new OutboxEntry(OutboxKind.MESSAGE, messageKey(messageId), student, null, messageId, to, replyTo,
                subject, body, now);
    }

    /** One reminder per task and due date: a snoozed task is reminded again on its new day, never twice on one. */
    public static String reminderKey(long taskId, LocalDate dueOn) {
        return "REM:" + taskId + ":" + Require.present(dueOn, "dueOn");
    }

    public static String messageKey(long messageId) {
        return "MSG:" + messageId;
    }

    /**
     * A run takes the mail to send it, until {@code until}; no other run sends it meanwhile. The set form of this
     * rule is {@link OutboxRepository#claimDue}, which claims many rows in one statement.
     *
     * @throws IllegalStateException when the mail is not waiting or not due yet
     */
    public void claim(String by, Instant until, Instant now) {
        if (!isDue(now)) {
            throw new IllegalStateException(this + " is " + state + ", not due at " + now);
        }
        if (!until.isAfter(now)) {
            throw new IllegalArgumentException("a claim must last beyond now");
        }
        state = OutboxState.SENDING;
        claimedBy = Require.text(by, CLAIMED_BY_LENGTH, "by");
        claimedUntil = until;
        attempts++;
    }

    /** The server accepted the mail. */
    public void markSent(Instant at) {
        checkSending();
        state = OutboxState.SENT;
        sentAt = Require.present(at, "at");
        lastError = null;
        releaseClaim();
    }

    /**
     * The server could not be reached or refused the mail: it waits again, longer after each failed attempt
     * ({@link #backoff}), with the error kept for staff.
     */
    public void markFailed(String error, Instant now, int retryMinutes) {
        checkSending();
        state = OutboxState.PENDING;
        lastError = shorten(error == null || error.isBlank() ? "unknown failure" : error.strip());
        nextAttemptAt = now.plus(backoff(retryMinutes, attempts));
        releaseClaim();
    }

    /**
     * The run that claimed the mail stopped before saying how the send went (its claim ran out): the mail may have
     * gone, so it is not sent again on its own but marked failed for staff.
     *
     * @throws IllegalStateException when the mail is not being sent or its claim has not run out
     */
    public void markInterrupted(Instant now) {
        if (!isClaimExpired(now)) {
            throw new IllegalStateException(this + " is not a send whose claim ran out");
        }
        state = OutboxState.FAILED;
        lastError = INTERRUPTED;
        releaseClaim();
    }

    /**
     * Staff ask for another attempt now: a failed mail, or a waiting one whose next attempt is later.
     *
     * @throws BusinessException when the mail was sent or is being sent
     */
    public void retryNow(Instant now) {
        if (state != OutboxState.PENDING && state != OutboxState.FAILED) {
            throw new BusinessException("mail.retry.notWaiting");
        }
        state = OutboxState.PENDING;
        nextAttemptAt = Require.present(now, "now");
        releaseClaim();
    }

    /** The wait after the {@code attempts}-th failed attempt: {@code retryMinutes} per attempt, at most a day. */
    public static Duration backoff(int retryMinutes, int attempts) {
        Duration wait = Duration.ofMinutes((long) Math.max(1, retryMinutes) * Math.max(1, attempts));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    public boolean isDue(Instant now) {
        return state == OutboxState.PENDING && !nextAttemptAt.isAfter(now);
    }

    public boolean isClaimedBy(String by) {
        return state == OutboxState.SENDING && by != null && by.equals(claimedBy);
    }

    public boolean isClaimExpired(Instant now) {
        return state == OutboxState.SENDING && claimedUntil != null && claimedUntil.isBefore(now);
    }

    private void checkSending() {
        if (state != OutboxState.SENDING) {
            throw new IllegalStateException(this + " is " + state + ", not being sent");
        }
    }

    private void releaseClaim() {
        claimedBy = null;
        claimedUntil = null;
    }

    private static String shorten(String text) {
        return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH - 1) + "\u2026";
    }

    public OutboxKind getKind() {
        return kind;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public Student getStudent() {
        return student;
    }

    public Long getTaskId() {
        return taskId;
    }

    public Long getMessageId() {
        return messageId;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public OutboxState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
