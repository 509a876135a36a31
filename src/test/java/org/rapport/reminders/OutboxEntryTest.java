package org.rapport.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rapport.people.ClassYear;
import org.rapport.people.Student;
import org.rapport.platform.BusinessException;

class OutboxEntryTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final int RETRY_MINUTES = 10;

    private final Student student = new Student("R1", "Mina", "Tester", "mina@students.example", "School of Health",
            "Statistics", ClassYear.FINAL_YEAR);

    private OutboxEntry reminder() {
        return OutboxEntry.reminder(student, 42, LocalDate.of(2026, 11, 22), "mina@students.example",
                "Reminder: Send the thank-you \u2014 Dana Whitfield", "Hello Mina,", NOW);
    }

    @Test
    void aNewMailWaitsAndIsDueAtOnceWithAKeyPerTaskAndDueDate() {
        OutboxEntry entry = reminder();
        assertEquals(OutboxState.PENDING, entry.getState());
        assertEquals(OutboxKind.REMINDER, entry.getKind());
        assertEquals("REM:42:2026-11-22", entry.getDedupeKey());
        assertEquals(0, entry.getAttempts());
        assertTrue(entry.isDue(NOW));
        assertFalse(entry.isDue(NOW.minusSeconds(1)), "not due before its attempt time");
        OutboxEntry message = OutboxEntry.message(student, 7, "dana@example.org", "mina@students.example",
                "A short conversation?", "Dear Dana,", NOW);
        assertEquals("MSG:7", message.getDedupeKey());
        assertEquals("mina@students.example", message.getReplyTo());
        assertEquals(Long.valueOf(7), message.getMessageId());
        assertNull(message.getTaskId());
    }

    @Test
    void aClaimedMailIsSentOnceAndForgetsItsClaim() {
        OutboxEntry entry = reminder();
        entry.claim("node-a", NOW.plus(Duration.ofMinutes(15)), NOW);
        assertEquals(OutboxState.SENDING, entry.getState());
        assertEquals(1, entry.getAttempts(), "a claim is an attempt");
        assertTrue(entry.isClaimedBy("node-a"));
        assertFalse(entry.isClaimedBy("node-b"));
        assertFalse(entry.isDue(NOW), "a claimed mail is no longer due for anyone else");
        assertThrows(IllegalStateException.class, () -> entry.claim("node-b", NOW.plusSeconds(60), NOW));

        entry.markSent(NOW.plusSeconds(2));
        assertEquals(OutboxState.SENT, entry.getState());
        assertEquals(NOW.plusSeconds(2), entry.getSentAt());
        assertNull(entry.getClaimedBy());
        assertNull(entry.getClaimedUntil());
        assertThrows(IllegalStateException.class, () -> entry.markSent(NOW), "sent once only");
        assertThrows(BusinessException.class, () -> entry.retryNow(NOW), "a sent mail is not retried");
    }

    @Test
    void aFailedSendWaitsLongerAfterEachAttemptAndKeepsItsError() {
        OutboxEntry entry = reminder();
        Instant at = NOW;
        int[] expectedMinutes = {10, 20, 30};
        for (int minutes : expectedMinutes) {
            entry.claim("node-a", at.plusSeconds(900), at);
            entry.markFailed("MailConnectException: Couldn't connect to host", at, RETRY_MINUTES);
            assertEquals(OutboxState.PENDING, entry.getState(), "never dropped");
            assertEquals(at.plus(Duration.ofMinutes(minutes)), entry.getNextAttemptAt());
            assertEquals("MailConnectException: Couldn't connect to host", entry.getLastError());
            assertFalse(entry.isDue(at.plus(Duration.ofMinutes(minutes)).minusSeconds(1)));
            at = entry.getNextAttemptAt();
            assertTrue(entry.isDue(at));
        }
        assertEquals(3, entry.getAttempts());
        entry.claim("node-a", at.plusSeconds(900), at);
        entry.markSent(at);
        assertNull(entry.getLastError(), "a mail that went out shows no error");
    }

    @Test
    void theBackOffGrowsWithTheAttemptsAndStopsAtADay() {
        assertEquals(Duration.ofMinutes(10), OutboxEntry.backoff(10, 1));
        assertEquals(Duration.ofMinutes(50), OutboxEntry.backoff(10, 5));
        assertEquals(Duration.ofHours(24), OutboxEntry.backoff(10, 500));
        assertEquals(Duration.ofHours(24), OutboxEntry.backoff(60, 25));
        assertEquals(Duration.ofMinutes(1), OutboxEntry.backoff(0, 0), "at least a minute, even misconfigured");
    }

    @Test
    void aLongErrorIsShortenedToTheColumn() {
        OutboxEntry entry = reminder();
        entry.claim("node-a", NOW.plusSeconds(900), NOW);
        entry.markFailed("x".repeat(5000), NOW, RETRY_MINUTES);
        assertEquals(OutboxEntry.ERROR_LENGTH, entry.getLastError().length());
    }

    @Test
    void aSendWhoseClaimRanOutIsMarkedFailedNotSentAgainAndStaffMayRetryIt() {
        OutboxEntry entry = reminder();
        Instant until = NOW.plus(Duration.ofMinutes(15));
        entry.claim("node-a", until, NOW);
        assertFalse(entry.isClaimExpired(until), "the claim holds until its end");
        assertThrows(IllegalStateException.class, () -> entry.markInterrupted(NOW.plusSeconds(60)),
                "a send still within its claim is not interrupted");

        entry.markInterrupted(until.plusSeconds(1));
        assertEquals(OutboxState.FAILED, entry.getState());
        assertEquals(OutboxEntry.INTERRUPTED, entry.getLastError());
        assertFalse(entry.isDue(until.plus(Duration.ofDays(365))), "a failed mail is never due on its own");
        assertThrows(IllegalStateException.class, () -> entry.markSent(until), "its run may not record it");

        Instant later = until.plus(Duration.ofHours(1));
        entry.retryNow(later);
        assertEquals(OutboxState.PENDING, entry.getState());
        assertTrue(entry.isDue(later));
        assertEquals(OutboxEntry.INTERRUPTED, entry.getLastError(), "the error stays until a send succeeds");
    }

    @Test
    void staffRetryBringsAWaitingMailForward() {
        OutboxEntry entry = reminder();
        entry.claim("node-a", NOW.plusSeconds(900), NOW);
        entry.markFailed("421 try later", NOW, RETRY_MINUTES);
        Instant soon = NOW.plusSeconds(30);
        assertFalse(entry.isDue(soon));
        entry.retryNow(soon);
        assertTrue(entry.isDue(soon));
        entry.claim("node-b", soon.plusSeconds(900), soon);
        assertThrows(BusinessException.class, () -> entry.retryNow(soon), "not while it is being sent");
    }

    @Test
    void aMailNeedsAnAddressASubjectAndABody() {
        assertThrows(IllegalArgumentException.class, () -> OutboxEntry.message(student, 1, " ", null, "s", "b", NOW));
        assertThrows(NullPointerException.class, () -> OutboxEntry.message(student, 1, "a@b.example", null, null,
                "b", NOW));
        assertThrows(IllegalArgumentException.class, () -> OutboxEntry.message(student, 1, "a@b.example", null,
                "x".repeat(OutboxEntry.SUBJECT_LENGTH + 1), "b", NOW));
    }
}
