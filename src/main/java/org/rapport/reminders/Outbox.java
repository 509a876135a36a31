package org.rapport.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.rapport.people.Student;
import org.rapport.tasks.TaskKind;
import org.rapport.tasks.TaskService;

/**
 * The door to the mail outbox. Features queue mail here (a message a student sends from Rapport); the scheduler
 * queues reminders and follow-up tasks and claims, sends and records mail through it, each step in its own short
 * transaction. Queueing is idempotent by the entry's dedupe key, so a double click, a restart or a second instance
 * never queues a mail twice; a claim is committed before the mail is sent, so no two runs send one row.
 *
 * <p>Callers check who may do what: a feature queues a message for the student it has checked; the scheduler acts
 * for the office. The staff page goes through {@link OutboxService}.
 */
@ApplicationScoped
@Transactional
public class Outbox {

    /** Mails one run claims at most; the rest wait for the next run. */
    static final int CLAIM_BATCH = 20;

    /**
     * How long a claim holds. Longer than a whole batch can take with the mailer's timeouts, so a run still sending is
     * never taken for a stopped one.
     */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(15);

    /** Candidates read per run; a backlog is worked off over several runs. */
    static final int SCAN_LIMIT = 1000;

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @Inject
    private OutboxRepository repository;

    @Inject
    private MailSettings settings;

    @Inject
    private TaskService tasks;

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    private final ReminderText text = new ReminderText();

    /**
     * Queues a message a student sends to a connector from Rapport ("Send from Rapport"); answers go to
     * {@code replyTo}. Queueing the same message again (a double click) changes nothing.
     *
     * @return whether it was queued now ({@code false}: it was queued before)
     */
    public boolean enqueueMessage(Student student, long messageId, String to, String replyTo, String subject,
                                  String body) {
        Instant now = MailClock.now();
        return repository.insertOnce(OutboxEntry.message(student, messageId, to, replyTo, subject, body, now), now);
    }

    /** Where a message sent from Rapport stands; empty when it was never queued. */
    public Optional<OutboxStatus> state(long messageId) {
        return repository.findByDedupeKey(OutboxEntry.messageKey(messageId)).map(OutboxStatus::of);
    }

    /**
     * Queues one reminder per open task and effective due date (its due date, or its snooze day when later) that has
     * come in the student's own time zone (UTC when unset), for students who want reminders. Safe to run at the same
     * moment on two instances: the dedupe key lets one row in.
     *
     * @return how many reminders were queued now
     */
    public int enqueueDueReminders(Instant now) {
        // No zone is more than a day ahead of UTC: candidates up to tomorrow (UTC), narrowed per student below.
        LocalDate latest = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
        int queued = 0;
        for (OutboxRepository.DueReminder due : repository.dueReminderCandidates(latest, SCAN_LIMIT)) {
            LocalDate dueOn = due.effectiveDueOn();
            if (dueOn.isAfter(todayOf(due.timeZone(), now))) {
                continue;
            }
            OutboxEntry reminder = OutboxEntry.reminder(entityManager.getReference(Student.class, due.studentId()),
                    due.taskId(), dueOn, due.email(), text.subject(due.kind(), due.title()),
                    text.body(due.givenName(), due.kind(), due.title(), dueOn), now);
            if (repository.insertOnce(reminder, now)) {
                queued++;
            }
        }
        return queued;
    }

    /** Requests that have waited the office's number of days for an answer, in each student's own today. */
    public List<FollowUpDue> dueFollowUps(Instant now) {
        LocalDate latest = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).minusDays(settings.followUpDays());
        return repository.dueFollowUpCandidates(latest, SCAN_LIMIT).stream()
                .filter(due -> !due.requestedOn().plusDays(settings.followUpDays())
                        .isAfter(todayOf(due.timeZone(), now)))
                .toList();
    }

    /**
     * Adds the follow-up task of one unanswered request, due on the student's today, once (by its dedupe key). Run it
     * in a transaction of its own: when another instance adds the same task at the same moment, this one's commit is
     * refused by the unique key and nothing else is lost.
     *
     * @return whether the task was added now
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean addFollowUp(FollowUpDue due, Instant now) {
        Student student = entityManager.getReference(Student.class, due.studentId());
        long before = entityManager.createQuery("select count(t) from StudentTask t where t.dedupeKey = :key",
                Long.class).setParameter("key", due.dedupeKey()).getSingleResult();
        tasks.addOnce(student, due.meetingId(), due.connectorId(), TaskKind.FOLLOW_UP, due.connectorName(),
                todayOf(due.timeZone(), now), due.dedupeKey());
        return before == 0;
    }

    /**
     * Claims up to {@value #CLAIM_BATCH} due mails for the run {@code by} and commits the claim before anything is
     * sent: another run (another instance, or one after a restart) no longer sees them as due.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ClaimedMail> claimDue(String by, Instant now) {
        List<Long> ids = repository.claimDue(by, now.plus(CLAIM_LEASE), now, CLAIM_BATCH);
        return ids.stream().map(id -> repository.find(id).orElseThrow()).map(ClaimedMail::of).toList();
    }

    /** The server accepted a mail the run {@code by} claimed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSent(long id, String by, Instant at) {
        OutboxEntry entry = repository.find(id).orElseThrow();
        if (entry.isClaimedBy(by)) {
            entry.markSent(at);
        } else {
            // The claim ran out and the row was marked interrupted meanwhile: keep what staff see, say so in the log.
            LOG.warning(() -> "Mail " + id + " was sent by " + by + " after its claim ran out; it stays "
                    + entry.getState());
        }
    }

    /** A mail the run {@code by} claimed could not be sent: it waits for a later attempt, with the error kept. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(long id, String by, String error, Instant now) {
        OutboxEntry entry = repository.find(id).orElseThrow();
        if (entry.isClaimedBy(by)) {
            entry.markFailed(error, now, settings.retryMinutes());
        }
    }

    /**
     * Marks failed the mails whose run stopped while sending them (their claim ran out): they may have gone out, so
     * they are not sent again on their own; staff decide.
     *
     * @return how many were marked
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int expireStaleClaims(Instant now) {
        List<OutboxEntry> stale = repository.listExpiredClaims(now, SCAN_LIMIT);
        stale.forEach(entry -> entry.markInterrupted(now));
        return stale.size();
    }

    /** The student's today: in their time zone, UTC when unset or unknown. */
    static LocalDate todayOf(String timeZone, Instant now) {
        ZoneId zone = ZoneOffset.UTC;
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                zone = ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                zone = ZoneOffset.UTC;
            }
        }
        return LocalDate.ofInstant(now, zone);
    }
}
