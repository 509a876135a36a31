package org.rapport.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rapport.people.ClassYear;
import org.rapport.people.Student;
import org.rapport.platform.BusinessException;
import org.rapport.platform.InvalidFieldException;

/** Where a task stands on the student's today, snoozing, and which tab of the task list it falls under. */
class StudentTaskTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final Student student = new Student("T1", "Ada", "Osei", "ada@students.example", "School of Business",
            "Finance", ClassYear.THIRD_YEAR);

    private StudentTask task(LocalDate dueOn) {
        return new StudentTask(student, 7L, TaskKind.THANK_YOU, "Dmitri Albescu", dueOn);
    }

    @Test
    void statusFollowsTheDueDateAcrossDays() {
        assertEquals(TaskStatus.OVERDUE, task(TODAY.minusDays(1)).status(TODAY));
        assertEquals(TaskStatus.DUE, task(TODAY).status(TODAY));
        assertEquals(TaskStatus.OPEN, task(TODAY.plusDays(7)).status(TODAY));
        assertEquals(TaskStatus.OPEN, task(null).status(TODAY), "an undated task is open, never due");
        StudentTask tomorrow = task(TODAY.plusDays(1));
        assertEquals(TaskStatus.DUE, tomorrow.status(TODAY.plusDays(1)), "due on the day itself");
        assertEquals(TaskStatus.OVERDUE, tomorrow.status(TODAY.plusDays(2)));
    }

    @Test
    void aGeneratedTaskMovesToANewDayUnlessItIsDone() {
        StudentTask checkIn = task(TODAY.minusDays(1));
        checkIn.snooze(TODAY.plusDays(2), TODAY);
        checkIn.dueAgainOn(TODAY.plusDays(5));
        assertEquals(TODAY.plusDays(5), checkIn.getDueOn());
        assertEquals(TaskStatus.OPEN, checkIn.status(TODAY), "the snooze is dropped: the student chose the day");
        assertEquals(TaskStatus.DUE, checkIn.status(TODAY.plusDays(5)));
        checkIn.markDone(Instant.parse("2026-11-25T10:00:00Z"));
        checkIn.dueAgainOn(TODAY.plusDays(9));
        assertEquals(TODAY.plusDays(5), checkIn.getDueOn(), "a done task keeps its day");
    }

    @Test
    void aSnoozedTaskIsNeitherDueNorOverdueUntilItsDay() {
        StudentTask overdue = task(TODAY.minusDays(3));
        overdue.snooze(TODAY.plusDays(2), TODAY);
        assertEquals(TaskStatus.SNOOZED, overdue.status(TODAY));
        assertEquals(TaskStatus.SNOOZED, overdue.status(TODAY.plusDays(1)));
        assertEquals(TODAY.plusDays(2), overdue.effectiveDueOn(), "the snooze day is later than the due date");
        assertEquals(TaskStatus.DUE, overdue.status(TODAY.plusDays(2)), "due again on the snooze day");
        assertEquals(TaskStatus.OVERDUE, overdue.status(TODAY.plusDays(3)));
        assertFalse(overdue.isOverdue(TODAY));
    }

    @Test
    void effectiveDueOnKeepsTheLaterOfDueAndSnoozeDays() {
        StudentTask later = task(TODAY.plusDays(10));
        assertEquals(TODAY.plusDays(10), later.effectiveDueOn());
        later.snooze(TODAY.plusDays(3), TODAY);
        assertEquals(TODAY.plusDays(10), later.effectiveDueOn(), "a snooze never brings a task forward");
        assertEquals(TaskStatus.OPEN, later.status(TODAY.plusDays(5)), "after the snooze it is coming up");
        StudentTask undated = task(null);
        assertNull(undated.effectiveDueOn());
        undated.snooze(TODAY.plusDays(4), TODAY);
        assertEquals(TODAY.plusDays(4), undated.effectiveDueOn());
        assertEquals(TaskStatus.DUE, undated.status(TODAY.plusDays(4)));
    }

    @Test
    void snoozingNeedsADayAfterTodayAndAnOpenTask() {
        StudentTask open = task(TODAY);
        InvalidFieldException today = assertThrows(InvalidFieldException.class, () -> open.snooze(TODAY, TODAY));
        assertEquals("snoozeUntil", today.getField());
        assertEquals("task.snooze.future", today.getMessageKey());
        assertThrows(InvalidFieldException.class, () -> open.snooze(TODAY.minusDays(1), TODAY));
        assertThrows(InvalidFieldException.class, () -> open.snooze(null, TODAY));
        assertNull(open.getSnoozedUntil(), "a refused snooze changes nothing");

        open.markDone(Instant.parse("2026-11-25T10:00:00Z"));
        BusinessException done = assertThrows(BusinessException.class, () -> open.snooze(TODAY.plusDays(1), TODAY));
        assertEquals("task.snooze.done", done.getMessageKey());
    }

    @Test
    void doneWinsOverEverythingAndReopeningRestoresTheDate() {
        StudentTask snoozed = task(TODAY.minusDays(1));
        snoozed.snooze(TODAY.plusDays(5), TODAY);
        snoozed.markDone(Instant.parse("2026-11-25T10:00:00Z"));
        assertEquals(TaskStatus.DONE, snoozed.status(TODAY));
        snoozed.reopen();
        assertEquals(TaskStatus.SNOOZED, snoozed.status(TODAY));
        assertEquals(TaskStatus.OVERDUE, snoozed.status(TODAY.plusDays(6)));
    }

    @Test
    void everyStatusFallsUnderExactlyOneTab() {
        assertEquals(TaskFilter.DUE, TaskFilter.of(TaskStatus.DUE));
        assertEquals(TaskFilter.DUE, TaskFilter.of(TaskStatus.OVERDUE));
        assertEquals(TaskFilter.COMING_UP, TaskFilter.of(TaskStatus.OPEN));
        assertEquals(TaskFilter.SNOOZED, TaskFilter.of(TaskStatus.SNOOZED));
        assertEquals(TaskFilter.DONE, TaskFilter.of(TaskStatus.DONE));
        for (TaskStatus status : TaskStatus.values()) {
            long tabs = java.util.Arrays.stream(TaskFilter.values()).filter(tab -> tab.includes(status)).count();
            assertEquals(1, tabs, status.name());
        }
    }

    @Test
    void aTellTaskNamesItsOutcomeAndTheComposerKind() {
        String key = TaskSummary.tellKey(42, 9001);
        assertEquals("TELL:o42:c9001", key);
        assertEquals(42L, TaskSummary.outcomeIdOf(key));
        assertNull(TaskSummary.outcomeIdOf("FOLLOW_UP:m42:2026-11-02"));
        assertNull(TaskSummary.outcomeIdOf("TELL:oX:c1"));
        assertNull(TaskSummary.outcomeIdOf(null));

        TaskSummary tell = new TaskSummary(1, 0, TaskKind.TELL_HELPER, "Priya Raman", TODAY, null,
                TaskStatus.DUE, null, 9001L, 42L);
        assertEquals("TELL_HELPER", tell.composerKind());
        TaskSummary update = new TaskSummary(2, 0, TaskKind.UPDATE_REFERRER, "Jonas Berg", TODAY, 5L,
                TaskStatus.DUE, null, 77L, null);
        assertEquals("REFERRER_UPDATE", update.composerKind());
        assertEquals("CONFIRMATION", TaskKind.CONFIRM.composerKind());
        TaskSummary step = new TaskSummary(3, 0, TaskKind.NEXT_STEP, "Take a course", TODAY, 5L,
                TaskStatus.OVERDUE, null, null, null);
        assertNull(step.composerKind(), "a next step is not a message");
        assertTrue(step.overdue());
        assertFalse(step.done());
    }
}
