package org.rapport.reminders;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.SchemaMigrator;

/**
 * Creates due follow-up tasks, queues due reminders and sends what the outbox holds, every
 * {@code rapport.scheduler.seconds} on the container's scheduled executor (not at all when 0). Every instance runs
 * it; the database decides who does what (dedupe keys, claims), so a restart or a second instance never sends a mail
 * twice. A mail-server outage leaves the mail waiting for a later attempt.
 */
@ApplicationScoped
public class ReminderScheduler {

    private static final Logger LOG = Logger.getLogger(ReminderScheduler.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private MailSettings settings;

    @Inject
    private Outbox outbox;

    @Inject
    private Mailer mailer;

    private ScheduledFuture<?> schedule;

    /** This instance's name in claims: unique per start, so a restarted instance is a new claimant. */
    private final String instanceId = "node-" + UUID.randomUUID().toString().substring(0, 13);

    void onStart(@Observes @Initialized(ApplicationScoped.class)
                 @Priority(SchemaMigrator.MIGRATION_PRIORITY + 200) Object ignored) {
        int seconds = settings.schedulerSeconds();
        if (seconds <= 0) {
            LOG.info("Reminder scheduler off (rapport.scheduler.seconds is 0).");
            return;
        }
        if (!settings.configured()) {
            LOG.warning("Mail is not configured (rapport.smtp.host): reminders and messages wait in the outbox.");
        }
        schedule = executor.scheduleWithFixedDelay(this::runSafely, seconds, seconds, TimeUnit.SECONDS);
        LOG.info(() -> "Reminder scheduler runs every " + seconds + " s as " + instanceId);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** One run with the office's mail settings (nothing is sent when mail is not configured). */
    public RunReport runOnce(String instanceId) {
        return runOnce(instanceId, settings.smtp().orElse(null));
    }

    /**
     * One run: (a) follow-up tasks for requests without an answer, (b) reminders for due tasks, (c) mails whose
     * sender stopped mid-send marked failed, (d) due mails claimed, sent and recorded. Each step commits on its own;
     * the mails are sent outside any transaction.
     *
     * @param smtp where to send; {@code null} when mail is not configured (mail stays waiting)
     */
    public RunReport runOnce(String instanceId, SmtpSettings smtp) {
        Instant now = MailClock.now();
        int followUps = createFollowUps(now);
        int reminders = step("queue reminders", () -> outbox.enqueueDueReminders(now));
        step("expire stale claims", () -> outbox.expireStaleClaims(now));
        if (smtp == null) {
            return new RunReport(followUps, reminders, 0, 0);
        }
        List<ClaimedMail> claimed = claim(instanceId, now);
        int sent = 0;
        int failed = 0;
        for (ClaimedMail mail : claimed) {
            String error = null;
            try {
                mailer.send(smtp, mail.to(), mail.replyTo(), mail.subject(), mail.body());
            } catch (MailFailure e) {
                // The message carries the whole cause chain; a stack trace per mail would flood the log in an outage.
                error = e.getMessage();
                String reason = error;
                LOG.warning(() -> "Mail " + mail.id() + " not sent, tried again later: " + reason);
            }
            if (error == null) {
                sent++;
            } else {
                failed++;
            }
            record(mail.id(), instanceId, error);
        }
        return new RunReport(followUps, reminders, sent, failed);
    }

    /**
     * Records how a send went. When that fails (the database is gone), the row stays claimed and is later marked
     * interrupted for staff: never sent twice.
     */
    private void record(long id, String instanceId, String error) {
        try {
            if (error == null) {
                outbox.recordSent(id, instanceId, MailClock.now());
            } else {
                outbox.recordFailure(id, instanceId, error, MailClock.now());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Mail " + id + ": the outcome of the send was not recorded");
        }
    }

    private int createFollowUps(Instant now) {
        List<FollowUpDue> due;
        try {
            due = outbox.dueFollowUps(now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Follow-up tasks not created in this run", e);
            return 0;
        }
        int created = 0;
        for (FollowUpDue request : due) {
            try {
                if (outbox.addFollowUp(request, now)) {
                    created++;
                }
            } catch (RuntimeException e) {
                logStepFailure("follow-up task " + request.dedupeKey(), e);
            }
        }
        return created;
    }

    private List<ClaimedMail> claim(String instanceId, Instant now) {
        try {
            return outbox.claimDue(instanceId, now);
        } catch (RuntimeException e) {
            logStepFailure("claim due mail", e);
            return List.of();
        }
    }

    /**
     * Runs a step; a failure is logged and the run goes on (what the step did not do, the next run does). A lost
     * race with another instance is expected and logged quietly.
     */
    private int step(String name, java.util.function.IntSupplier work) {
        try {
            return work.getAsInt();
        } catch (RuntimeException e) {
            logStepFailure(name, e);
            return 0;
        }
    }

    private static void logStepFailure(String what, RuntimeException e) {
        if (ConcurrentChangeException.causedBy(e)) {
            LOG.log(Level.FINE, e, () -> what + ": another instance did it first");
        } else {
            LOG.log(Level.WARNING, what + " failed; the next run tries again", e);
        }
    }

    private void runSafely() {
        try {
            RunReport report = runOnce(instanceId);
            if (report.sent() + report.failed() + report.followUpsCreated() + report.remindersQueued() > 0) {
                LOG.info(() -> "Reminder run " + instanceId + ": " + report);
            }
        } catch (RuntimeException e) {
            // An exception would cancel the fixed-delay schedule; the next run must still come.
            LOG.log(Level.SEVERE, "Reminder run failed", e);
        }
    }
}
