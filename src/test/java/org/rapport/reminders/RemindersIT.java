package org.rapport.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.connectors.Connector;
import org.rapport.meetings.Meeting;
import org.rapport.people.ClassYear;
import org.rapport.people.Student;
import org.rapport.tasks.StudentTask;
import org.rapport.tasks.TaskKind;
import org.rapport.testsupport.Deployments;
import org.rapport.testsupport.ItMailServer;
import org.rapport.testsupport.TransactionRunner;

/**
 * Reminders inside Payara against MariaDB and a real SMTP server on loopback (GreenMail, started in the container):
 * one mail per due task across repeated runs, a restart and two instances at the same instant; no mail for a
 * student who turned reminders off or for a task snoozed to a later day; a mail-server outage retried without losing
 * a reminder; a send interrupted mid-way marked failed, never sent again on its own; follow-up tasks created once.
 * The scheduler does not run on its own here ({@code RAPPORT_SCHEDULER_SECONDS=0}); the tests run it.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

    private static final String FROM = "careers@rapport.invalid";

    @Deployment
    static WebArchive deployment() {
        // GreenMail runs in the container; Payara brings Jakarta Mail itself, so only GreenMail and its logging API.
        WebArchive war = Deployments.rapportWar().addClasses(TransactionRunner.class, Deployments.class, ItMailServer.class)
                .addAsLibraries(jarOf(GreenMail.class));
        boolean hasSlf4j = !war.getContent(path -> path.get().startsWith("/WEB-INF/lib/slf4j-api")).isEmpty();
        return hasSlf4j ? war : war.addAsLibraries(jarOf(org.slf4j.LoggerFactory.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Inject
    private TransactionRunner tx;

    @Inject
    private ReminderScheduler scheduler;

    @Inject
    private Outbox outbox;

    private record Fixture(long studentId, String email, List<Long> taskIds, List<String> titles) {
    }

    @Test
    void everyDueTaskGetsOneMailAcrossRepeatedRunsARestartAndTwoInstancesAtOnce() throws Exception {
        GreenMail server = startServer();
        try {
            SmtpSettings smtp = settingsFor(server);
            Fixture first = studentWithDueTasks(3, true);
            runUntilQuiet("node-a", smtp);
            List<MimeMessage> mails = mailsTo(server, first.email());
            assertEquals(3, mails.size(), "one mail per due task");
            List<String> subjects = new ArrayList<>();
            for (MimeMessage mail : mails) {
                subjects.add(mail.getSubject());
                assertEquals(FROM, mail.getFrom()[0].toString());
                String body = (String) mail.getContent();
                assertTrue(body.contains("Hello Mina,"), body);
                assertTrue(body.contains("turn off e-mail reminders on your contact details page"), body);
            }
            assertEquals(first.titles().stream().map(t -> "Reminder: Send the thank-you \u2014 " + t).sorted()
                    .toList(), subjects.stream().sorted().toList());
            assertTrue(first.taskIds().stream().allMatch(id -> reminderOf(id).getState() == OutboxState.SENT));

            runUntilQuiet("node-a", smtp);
            runUntilQuiet("node-restarted-" + UUID.randomUUID(), smtp);
            assertEquals(3, mailsTo(server, first.email()).size(), "no mail twice: same instance, restarted one");

            Fixture second = studentWithDueTasks(4, true);
            CountDownLatch start = new CountDownLatch(1);
            ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
            Future<RunReport> one = executor.submit(() -> {
                start.await();
                return scheduler.runOnce("node-one", smtp);
            });
            Future<RunReport> two = executor.submit(() -> {
                start.await();
                return scheduler.runOnce("node-two", smtp);
            });
            start.countDown();
            RunReport reportOne = one.get();
            RunReport reportTwo = two.get();
            runUntilQuiet("node-one", smtp);
            assertEquals(4, mailsTo(server, second.email()).size(),
                    "two instances at once: still one mail per task (" + reportOne + ", " + reportTwo + ")");
            assertEquals(4, remindersOf(second.studentId()).size(), "and one outbox row per task");
        } finally {
            server.stop();
        }
    }

    @Test
    void noMailForAStudentWhoTurnedRemindersOffNorForASnoozedTaskBeforeItsDay() throws Exception {
        GreenMail server = startServer();
        try {
            SmtpSettings smtp = settingsFor(server);
            Fixture off = studentWithDueTasks(2, false);
            Fixture snoozing = studentWithDueTasks(1, true);
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            long snoozed = snoozing.taskIds().get(0);
            tx.inNewTransaction(em -> {
                em.find(StudentTask.class, snoozed).snooze(today.plusDays(1), today);
                return null;
            });
            runUntilQuiet("node-a", smtp);
            assertEquals(0, mailsTo(server, off.email()).size(), "reminders are off");
            assertEquals(0, remindersOf(off.studentId()).size());
            assertEquals(0, mailsTo(server, snoozing.email()).size(), "snoozed until tomorrow");

            // The snooze day comes: one reminder, for that day.
            tx.inNewTransaction(em -> em.createQuery("update StudentTask t set t.snoozedUntil = :day where t.id = :id")
                    .setParameter("day", today).setParameter("id", snoozed).executeUpdate());
            runUntilQuiet("node-a", smtp);
            runUntilQuiet("node-b", smtp);
            assertEquals(1, mailsTo(server, snoozing.email()).size());
            assertEquals(OutboxEntry.reminderKey(snoozed, today), reminderOf(snoozed).getDedupeKey());
        } finally {
            server.stop();
        }
    }

    @Test
    void aMailServerOutageKeepsEveryReminderAndTheyGoOutOnceWhenItIsBack() throws Exception {
        GreenMail server = startServer();
        try {
            Fixture f = studentWithDueTasks(3, true);
            SmtpSettings down = new SmtpSettings("127.0.0.1", closedPort(), null, null, TlsMode.NONE, FROM);
            RunReport outage = runUntilQuiet("node-a", down);
            assertTrue(outage.failed() >= 3, "the sends failed: " + outage);
            List<OutboxEntry> waiting = remindersOf(f.studentId());
            assertEquals(3, waiting.size(), "nothing lost");
            for (OutboxEntry entry : waiting) {
                assertEquals(OutboxState.PENDING, entry.getState());
                assertEquals(1, entry.getAttempts());
                assertNotNull(entry.getLastError(), "the error is kept for staff");
                assertTrue(entry.getNextAttemptAt().isAfter(Instant.now().plus(Duration.ofMinutes(5))),
                        "tried again later, not at once: " + entry.getNextAttemptAt());
            }
            SmtpSettings up = settingsFor(server);
            runUntilQuiet("node-a", up);
            assertEquals(0, mailsTo(server, f.email()).size(), "not before the next attempt is due");

            tx.inNewTransaction(em -> {
                remindersOf(f.studentId()).forEach(e -> em.find(OutboxEntry.class, e.getId())
                        .retryNow(Instant.now().truncatedTo(ChronoUnit.MICROS)));
                return null;
            });
            runUntilQuiet("node-b", up);
            runUntilQuiet("node-c", up);
            assertEquals(3, mailsTo(server, f.email()).size(), "exactly one mail per task after the outage");
            for (OutboxEntry entry : remindersOf(f.studentId())) {
                assertEquals(OutboxState.SENT, entry.getState());
                assertEquals(2, entry.getAttempts());
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void aSendInterruptedMidWayIsMarkedFailedAndNotSentAgain() throws Exception {
        GreenMail server = startServer();
        try {
            SmtpSettings smtp = settingsFor(server);
            Fixture f = studentWithDueTasks(1, true);
            long task = f.taskIds().get(0);
            Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MICROS);
            long stale = tx.inNewTransaction(em -> {
                Student student = em.find(Student.class, f.studentId());
                StudentTask t = em.find(StudentTask.class, task);
                OutboxEntry entry = OutboxEntry.reminder(student, task, t.effectiveDueOn(), f.email(),
                        "Reminder: a send that was cut off", "Hello Mina,", twoHoursAgo);
                entry.claim("node-that-died", twoHoursAgo.plus(Duration.ofMinutes(15)), twoHoursAgo);
                em.persist(entry);
                return entry.getId();
            });
            runUntilQuiet("node-a", smtp);
            runUntilQuiet("node-b", smtp);
            OutboxEntry entry = tx.inNewTransaction(em -> em.find(OutboxEntry.class, stale));
            assertEquals(OutboxState.FAILED, entry.getState());
            assertEquals(OutboxEntry.INTERRUPTED, entry.getLastError());
            assertEquals(1, remindersOf(f.studentId()).size(), "no second reminder for the same task and day");
            assertEquals(0, mailsTo(server, f.email()).size(), "not resent: it may have gone out");
        } finally {
            server.stop();
        }
    }

    @Test
    void aRequestWithoutAnAnswerGetsOneFollowUpTaskAfterTheOfficesDays() throws Exception {
        String run = suffix();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long[] ids = tx.inNewTransaction(em -> {
            Student student = persist(em, newStudent(run, true));
            Connector old = persist(em, Connector.privateFor(student, "Dana Whitfield " + run));
            Connector recent = persist(em, Connector.privateFor(student, "Rui Costa " + run));
            Meeting waiting = requested(em, student, old, today.minusDays(10), today);
            Meeting fresh = requested(em, student, recent, today.minusDays(2), today);
            return new long[] {student.getId(), waiting.getId(), fresh.getId(), old.getId()};
        });
        RunReport first = scheduler.runOnce("node-a", null);
        assertTrue(first.followUpsCreated() >= 1, first.toString());

        CountDownLatch start = new CountDownLatch(1);
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<Future<RunReport>> runs = new ArrayList<>();
        for (String node : List.of("node-one", "node-two")) {
            runs.add(executor.submit(() -> {
                start.await();
                return scheduler.runOnce(node, null);
            }));
        }
        start.countDown();
        for (Future<RunReport> f : runs) {
            f.get();
        }
        scheduler.runOnce("node-restarted", null);

        List<StudentTask> followUps = tx.inNewTransaction(em -> em.createQuery("select t from StudentTask t"
                        + " where t.student.id = :student and t.kind = :kind", StudentTask.class)
                .setParameter("student", ids[0]).setParameter("kind", TaskKind.FOLLOW_UP).getResultList());
        assertEquals(1, followUps.size(), "one follow-up task, for the old request only, never twice");
        StudentTask task = followUps.get(0);
        assertEquals(Long.valueOf(ids[1]), task.getMeetingId());
        assertEquals(Long.valueOf(ids[3]), task.getConnectorId());
        assertEquals("Dana Whitfield " + run, task.getTitle());
        assertEquals(today, task.getDueOn());
        assertEquals("FOLLOW_UP:m" + ids[1] + ":" + today.minusDays(10), task.getDedupeKey());
    }

    // ---- fixtures and helpers

    private Fixture studentWithDueTasks(int count, boolean reminders) {
        String run = suffix();
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        return tx.inNewTransaction(em -> {
            Student student = persist(em, newStudent(run, reminders));
            List<Long> ids = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String title = "Dana Whitfield " + run + "-" + i;
                StudentTask task = persist(em, new StudentTask(student, null, null, TaskKind.THANK_YOU, title,
                        yesterday, null));
                ids.add(task.getId());
                titles.add(title);
            }
            return new Fixture(student.getId(), student.getEmail(), ids, titles);
        });
    }

    private static Student newStudent(String run, boolean reminders) {
        Student student = new Student("RM" + run, "Mina", "Reminded", "mina." + run + "@students.it.example",
                "School of Health", "Statistics", ClassYear.FINAL_YEAR);
        student.changeReminderPreferences(null, reminders);
        return student;
    }

    private static Meeting requested(EntityManager em, Student student, Connector connector, LocalDate on,
                                     LocalDate today) {
        Meeting meeting = persist(em, new Meeting(student, connector, null, "Learn about the team", 20));
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        meeting.recordPlanned(at);
        meeting.markRequestSent(on, today, at, null);
        return meeting;
    }

    private OutboxEntry reminderOf(long taskId) {
        return tx.inNewTransaction(em -> em.createQuery("select o from OutboxEntry o where o.taskId = :task",
                OutboxEntry.class).setParameter("task", taskId).getSingleResult());
    }

    private List<OutboxEntry> remindersOf(long studentId) {
        return tx.inNewTransaction(em -> em.createQuery("select o from OutboxEntry o where o.student.id = :student"
                + " order by o.id", OutboxEntry.class).setParameter("student", studentId).getResultList());
    }

    /** Runs the scheduler until a run sends and fails nothing (other tests' mail may be due too; a run takes 20). */
    private RunReport runUntilQuiet(String instanceId, SmtpSettings smtp) {
        int sent = 0;
        int failed = 0;
        int queued = 0;
        int followUps = 0;
        for (int i = 0; i < 50; i++) {
            RunReport report = scheduler.runOnce(instanceId, smtp);
            sent += report.sent();
            failed += report.failed();
            queued += report.remindersQueued();
            followUps += report.followUpsCreated();
            if (report.sent() + report.failed() == 0) {
                return new RunReport(followUps, queued, sent, failed);
            }
        }
        throw new AssertionError("the outbox did not settle in 50 runs");
    }

    private static List<MimeMessage> mailsTo(GreenMail server, String address) throws MessagingException {
        return ItMailServer.addressedTo(server.getReceivedMessages(), address);
    }

    private static GreenMail startServer() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return server;
    }

    private static SmtpSettings settingsFor(GreenMail server) {
        return new SmtpSettings("127.0.0.1", server.getSmtp().getPort(), null, null, TlsMode.NONE, FROM);
    }

    /** A loopback port nothing listens on: the mail server is down. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        return entity;
    }
}
