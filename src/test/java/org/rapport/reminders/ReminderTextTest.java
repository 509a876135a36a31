package org.rapport.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rapport.tasks.TaskKind;

class ReminderTextTest {

    private final ReminderText text = new ReminderText();

    @Test
    void theSubjectNamesTheActAndThePerson() {
        assertEquals("Reminder: Send the thank-you \u2014 Dana Whitfield",
                text.subject(TaskKind.THANK_YOU, "Dana Whitfield"));
        assertEquals("Reminder: Follow up \u2014 O'Brien {Pat}", text.subject(TaskKind.FOLLOW_UP, "O'Brien {Pat}"),
                "apostrophes and braces in a name are kept as typed");
        String longest = text.subject(TaskKind.NEXT_STEP, "x".repeat(400));
        assertEquals(OutboxEntry.SUBJECT_LENGTH, longest.length());
    }

    @Test
    void theBodyGivesTheTaskItsDueDateAndHowToTurnRemindersOff() {
        String body = text.body("Mina", TaskKind.CONFIRM, "Dana Whitfield", LocalDate.of(2026, 11, 24));
        assertTrue(body.startsWith("Hello Mina,\n"), body);
        assertTrue(body.contains("Confirm the meeting: Dana Whitfield"), body);
        assertTrue(body.contains("Due: Tuesday, November 24, 2026"), body);
        assertTrue(body.contains("turn off e-mail reminders on your contact details page"), body);
    }

    @Test
    void aStudentsTodayIsInTheirTimeZoneAndUtcWhenUnsetOrUnknown() {
        Instant lateEvening = Instant.parse("2026-11-22T23:30:00Z");
        assertEquals(LocalDate.of(2026, 11, 22), Outbox.todayOf(null, lateEvening));
        assertEquals(LocalDate.of(2026, 11, 23), Outbox.todayOf("Europe/Berlin", lateEvening));
        assertEquals(LocalDate.of(2026, 11, 22), Outbox.todayOf("America/Chicago", lateEvening));
        assertEquals(LocalDate.of(2026, 11, 22), Outbox.todayOf("Not/AZone", lateEvening));
    }
}
