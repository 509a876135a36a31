package org.rapport.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.testsupport.BrowserTestBase;
import org.rapport.testsupport.Deployments;
import org.rapport.testsupport.ItDatabase;
import org.rapport.testsupport.Persona;

/**
 * The student's task list, dashboard, profile and "tell us your news" in Chromium: tasks under the right tab with
 * their status in words, snoozing (a past day refused next to the field), ticking off; the pipeline counts and the
 * next booked meeting in the student's own zone; the mobile number and the reminder switch; recording a success
 * lists the helpers and gives one "tell them" task each. axe-core checks every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TasksBrowserIT extends BrowserTestBase {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final AtomicLong NEXT_ID =
            new AtomicLong(3_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000L) * 1_000);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWar();
    }

    @ArquillianResource
    private URL deploymentUrl;

    private String url(String path) {
        return Deployments.onLoopback(deploymentUrl) + path;
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void click(Locator target) {
        target.click();
        settle();
    }

    @Test
    void tasksSitUnderTheRightTabAndCanBeSnoozedAndTickedOff() throws SQLException {
        Persona student = Persona.of("student", "Tomas Lindqvist", "students");
        long studentId = ItDatabase.insertStudent("TK" + RUN, "Tomas", "Lindqvist", student.email());
        long connectorId = ItDatabase.insertPrivateConnector(studentId, "Ines Moreau " + RUN);
        long meetingId = ItDatabase.insertMeeting(studentId, connectorId, "Learn about audit careers", 20);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long overdue = insertTask(studentId, meetingId, null, "THANK_YOU", "Thank Ines " + RUN, today.minusDays(1),
                null, false, null);
        long dueToday = insertTask(studentId, meetingId, null, "NEXT_STEP", "Read the audit guide " + RUN, today,
                null, false, null);
        long nextWeek = insertTask(studentId, meetingId, null, "FOLLOW_UP", "Follow up Ines " + RUN,
                today.plusDays(7), null, false, null);
        long snoozed = insertTask(studentId, null, null, "NEXT_STEP", "Update my CV " + RUN, today.minusDays(2),
                today.plusDays(3), false, null);
        long done = insertTask(studentId, null, null, "NEXT_STEP", "Join the accounting club " + RUN, today, null,
                true, null);
        long tell = insertTask(studentId, null, connectorId, "TELL_HELPER", "Ines Moreau " + RUN, today.plusDays(2),
                null, false, "TELL:o424242:c" + connectorId);
        long outcomeInKey = 424242;

        signIn(page, url(""), student);
        visit(url("student/tasks"));
        assertEquals(List.of(overdue, dueToday), rowIds(), "due and overdue, oldest first");
        String overdueRow = row(overdue).innerText();
        assertTrue(overdueRow.contains("Send the thank-you: Thank Ines " + RUN) && overdueRow.contains("Overdue"),
                overdueRow);
        assertTrue(row(dueToday).innerText().contains("Due today"));
        assertTrue(row(overdue).locator("a", new Locator.LocatorOptions().setHasText("write the message"))
                .getAttribute("href").contains("meeting-message?id=" + meetingId + "&kind=THANK_YOU"));
        assertTrue(row(overdue).locator("a", new Locator.LocatorOptions().setHasText("the meeting"))
                .getAttribute("href").contains("meeting?id=" + meetingId));
        assertEquals(0, row(dueToday).locator("a", new Locator.LocatorOptions().setHasText("write the message"))
                .count(), "a next step is not a message");
        assertTrue(page.locator("#task-tabs").innerText().contains("Due and overdue (2)"));

        visit(url("student/tasks?filter=COMING_UP"));
        assertEquals(List.of(tell, nextWeek), rowIds(), "soonest first");
        assertTrue(row(nextWeek).innerText().contains("Open"));
        String tellLink = row(tell).locator("a", new Locator.LocatorOptions().setHasText("write the message"))
                .getAttribute("href");
        assertTrue(tellLink.contains("meeting-message?outcome=" + outcomeInKey + "&connector=" + connectorId
                + "&kind=TELL_HELPER"), tellLink);
        visit(url("student/tasks?filter=SNOOZED"));
        assertEquals(List.of(snoozed), rowIds());
        assertTrue(row(snoozed).innerText().contains("Snoozed"));
        visit(url("student/tasks?filter=DONE"));
        assertEquals(List.of(done), rowIds());
        assertTrue(row(done).innerText().contains("Done"));

        // Snooze: a past day is refused next to the field, next week is accepted and the task moves tab.
        visit(url("student/tasks"));
        row(dueToday).locator("input[type=date]").fill(today.minusDays(1).toString());
        click(button("Snooze: Read the audit guide " + RUN));
        assertTrue(row(dueToday).innerText().contains("Choose a day after today"), row(dueToday).innerText());
        assertNull(read("select snoozed_until from student_task where id = ?", dueToday));
        assertAccessible();
        row(dueToday).locator("input[type=date]").fill(today.plusDays(7).toString());
        click(button("Snooze: Read the audit guide " + RUN));
        assertEquals(List.of(overdue), rowIds());
        assertEquals(today.plusDays(7).toString(), read("select snoozed_until from student_task where id = ?",
                dueToday));
        assertTrue(page.locator("[id='tasks:messages']").innerText().contains("Task snoozed"));

        // Done: the task leaves the due tab and shows under Done.
        click(button("Mark as done: Thank Ines " + RUN));
        assertTrue(rowIds().isEmpty());
        assertNotNull(read("select done_at from student_task where id = ?", overdue));
        assertTrue(page.locator("#task-tabs").innerText().contains("Done (2)"), page.locator("#task-tabs").innerText());
        assertAccessible();
        visit(url("student/tasks?filter=SNOOZED"));
        assertEquals(List.of(snoozed, dueToday), rowIds(), "the soonest to wake first");
        visit(url("student/tasks?filter=DONE"));
        assertTrue(rowIds().containsAll(List.of(overdue, done)));

        // A task changed in another tab meanwhile is not overwritten.
        execute("update student_task set version = version + 1 where id = ?", done);
        click(button("Reopen: Join the accounting club " + RUN));
        assertTrue(page.locator("[id='tasks:messages']").innerText().contains("changed in another window or tab"));
        assertNotNull(read("select done_at from student_task where id = ?", done));
    }

    @Test
    void dashboardShowsThePipelineTasksAndTheNextMeetingInTheStudentsZone() throws SQLException {
        Persona student = Persona.of("student", "Aiko Tanaka", "students");
        long studentId = ItDatabase.insertStudent("TD" + RUN, "Aiko", "Tanaka", student.email());
        execute("update student set time_zone = 'America/Los_Angeles' where id = ?", studentId);
        String[] states = {"PLANNED", "PLANNED", "REQUESTED", "HELD", "CANCELLED"};
        for (int i = 0; i < states.length; i++) {
            long connector = ItDatabase.insertPrivateConnector(studentId, "Pipeline person " + i + " " + RUN);
            long meeting = ItDatabase.insertMeeting(studentId, connector, "Learn about their work", 20);
            executeText("update meeting set state = ?, held_on = if(? = 'HELD', '2026-10-14', null),"
                    + " actual_minutes = if(? = 'HELD', 20, null) where id = ?", states[i], meeting);
        }
        long bookedWith = ItDatabase.insertPrivateConnector(studentId, "Rosa Delgado " + RUN);
        long booked = ItDatabase.insertMeeting(studentId, bookedWith, "Learn about planning", 30);
        execute("update meeting set state = 'SCHEDULED', starts_at = '2027-01-15 18:00:00', meeting_mode = 'VIDEO',"
                + " student_zone = 'America/Los_Angeles', connector_zone = 'America/New_York' where id = ?", booked);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Los_Angeles"));
        insertTask(studentId, booked, null, "CONFIRM", "Rosa Delgado " + RUN, today, null, false, null);
        insertTask(studentId, null, null, "NEXT_STEP", "Snoozed away " + RUN, today.minusDays(1), today.plusDays(2),
                false, null);

        signIn(page, url(""), student);
        visit(url("student/home"));
        for (String state : List.of("PLANNED", "REQUESTED", "SCHEDULED", "HELD", "CANCELLED", "THANKED")) {
            String db = read("select count(*) from meeting where student_id = ? and state = '" + state + "'",
                    studentId);
            assertEquals(db, page.locator("#pipeline-" + state + " .r-pipeline-count").innerText(), state);
        }
        assertEquals("2", page.locator("#pipeline-PLANNED .r-pipeline-count").innerText());
        assertTrue(page.locator("#pipeline-SCHEDULED").innerText().startsWith("Scheduled"));

        String upcoming = page.locator("#upcoming-" + booked).innerText();
        assertTrue(upcoming.contains("Fri 15 Jan 2027, 10:00 PST"), upcoming);
        assertTrue(upcoming.contains("Rosa Delgado " + RUN) && upcoming.contains("Video call"), upcoming);

        String tasks = page.locator("#task-list").innerText();
        assertTrue(tasks.contains("Confirm the meeting: Rosa Delgado " + RUN) && tasks.contains("Due today"), tasks);
        assertFalse(tasks.contains("Snoozed away"), "snoozed tasks stay off the dashboard");
        assertTrue(page.locator("[id='tasks:all-tasks']").getAttribute("href").contains("/student/tasks"));
        assertTrue(page.locator("#record-success").getAttribute("href").contains("/student/outcomes"));
        assertTrue(page.locator("#planned-meetings").innerText().contains("Pipeline person 0 " + RUN));
    }

    @Test
    void profileSavesAMobileNumberAndTurnsRemindersOff() throws SQLException {
        Persona student = Persona.of("student", "Noor Haddad", "students");
        long studentId = ItDatabase.insertStudent("TP" + RUN, "Noor", "Haddad", student.email());

        signIn(page, url(""), student);
        visit(url("student/profile"));
        assertTrue(page.getByLabel("E-mail me reminders about due tasks").isChecked(), "reminders are on at first");
        page.getByLabel("Mobile number (optional)").fill("call me maybe");
        click(button("Save my details"));
        assertTrue(page.locator(".r-field:has([id='profile:mobilePhone'])").innerText()
                .contains("Use digits, spaces"), page.locator("[id='profile']").innerText());
        assertNull(read("select mobile_phone from student where id = ?", studentId));
        assertAccessible();

        page.getByLabel("Mobile number (optional)").fill("+1 (312) 555-0177");
        page.getByLabel("E-mail me reminders about due tasks").uncheck();
        click(button("Save my details"));
        assertTrue(page.locator("[id='profile:messages']").innerText().contains("saved"));
        assertEquals("+1 (312) 555-0177", read("select mobile_phone from student where id = ?", studentId));
        assertEquals("0", read("select email_reminders + 0 from student where id = ?", studentId));
        visit(url("student/profile"));
        assertFalse(page.getByLabel("E-mail me reminders about due tasks").isChecked());
    }

    @Test
    void recordingASuccessListsTheHelpersAndAddsATaskToTellEach() throws SQLException {
        Persona student = Persona.of("student", "Kofi Mensah", "students");
        long studentId = ItDatabase.insertStudent("TO" + RUN, "Kofi", "Mensah", student.email());
        String referrerName = "Zoe Adler " + RUN;
        String metName = "Dmitri Albescu " + RUN;
        long referrer = ItDatabase.insertPrivateConnector(studentId, referrerName);
        long met = ItDatabase.insertPrivateConnector(studentId, metName);
        execute("update connector set referred_by_id = " + referrer + " where id = ?", met);
        long planned = ItDatabase.insertPrivateConnector(studentId, "Paul Planned " + RUN);
        long heldMeeting = ItDatabase.insertMeeting(studentId, met, "Learn about logistics", 20);
        execute("update meeting set state = 'HELD', held_on = '2026-10-14', actual_minutes = 20 where id = ?",
                heldMeeting);
        ItDatabase.insertMeeting(studentId, planned, "Learn about ports", 20);

        signIn(page, url(""), student);
        visit(url("student/outcomes"));
        String helpers = page.locator("#helpers").innerText();
        assertTrue(helpers.contains(metName) && helpers.contains("You met them on 2026-10-14"), helpers);
        assertTrue(helpers.contains(referrerName) && helpers.contains("They referred you to " + metName), helpers);
        assertFalse(helpers.contains("Paul Planned"), "a planned meeting's connector has not helped yet");
        assertTrue(helpers.indexOf(metName) < helpers.indexOf(referrerName), "by name");

        page.locator("[id='outcome:kind']").selectOption("OFFER_ACCEPTED");
        page.locator("[id='outcome:organisation']").fill("Corbel Freight " + RUN);
        page.locator("[id='outcome:recordedOn']").fill(LocalDate.now(ZoneOffset.UTC).plusDays(2).toString());
        click(button("Record my news"));
        assertTrue(page.locator("[id='outcome']").innerText().contains("cannot be after today"),
                page.locator("[id='outcome']").innerText());
        assertEquals("0", read("select count(*) from student_outcome where student_id = ?", studentId));
        assertAccessible();

        page.locator("[id='outcome:recordedOn']").fill(LocalDate.now(ZoneOffset.UTC).toString());
        button("Record my news").dblclick();
        settle();
        page.locator("#past-outcomes li").first().waitFor();
        settle();
        assertEquals("1", read("select count(*) from student_outcome where student_id = ?", studentId),
                "a double click records the news once");
        String outcomeId = read("select id from student_outcome where student_id = ?", studentId);
        assertEquals("2", read("select count(*) from student_task where student_id = ? and kind = 'TELL_HELPER'",
                studentId));
        assertEquals("TELL:o" + outcomeId + ":c" + met, read("select dedupe_key from student_task where student_id = ?"
                + " and kind = 'TELL_HELPER' and connector_id = " + met, studentId));
        assertEquals("TELL:o" + outcomeId + ":c" + referrer, read("select dedupe_key from student_task"
                + " where student_id = ? and kind = 'TELL_HELPER' and connector_id = " + referrer, studentId));
        assertEquals(String.valueOf(heldMeeting), read("select meeting_id from student_task where student_id = ?"
                + " and connector_id = " + met, studentId));
        assertEquals(LocalDate.now(ZoneOffset.UTC).plusDays(3).toString(), read("select due_on from student_task"
                + " where student_id = ? and connector_id = " + met, studentId));

        String past = page.locator("#outcome-" + outcomeId).innerText();
        assertTrue(past.contains("Corbel Freight " + RUN) && past.contains(metName) && past.contains(referrerName)
                && past.contains("Open"), past);
        String link = page.locator("#outcome-" + outcomeId).getByText("Tell " + referrerName).getAttribute("href");
        assertTrue(link.contains("meeting-message?outcome=" + outcomeId + "&connector=" + referrer
                + "&kind=TELL_HELPER"), link);
        assertAccessible();

        // Telling the referrer: the composer starts from the office's template with the news, and marking it sent
        // ticks off that helper's task only, back on the news page.
        page.locator("#outcome-" + outcomeId).getByText("Tell " + referrerName).click();
        settle();
        assertAccessible();
        assertEquals("News for " + referrerName, page.locator("h1").innerText().strip());
        String news = page.locator("[id='composer:body']").inputValue();
        assertTrue(news.contains("Corbel Freight " + RUN), news);
        button("Mark as sent").click();
        page.waitForURL("**/student/outcomes**");
        settle();
        assertNotNull(read("select done_at from student_task where student_id = ? and kind = 'TELL_HELPER'"
                + " and connector_id = " + referrer, studentId));
        assertNull(read("select done_at from student_task where student_id = ? and kind = 'TELL_HELPER'"
                + " and connector_id = " + met, studentId), "the other helper is still to be told");
        assertEquals("1", read("select count(*) from meeting_message where connector_id = ? and kind = 'TELL_HELPER'"
                + " and sent_on is not null and draft_key = 'O" + outcomeId + ":C" + referrer + ":TELL_HELPER'",
                referrer));
        assertAccessible();
    }

    // --- fixtures ------------------------------------------------------------------------------------------------

    private long rowsId(String id) {
        return Long.parseLong(id.substring("task-".length()));
    }

    private List<Long> rowIds() {
        List<Long> ids = new ArrayList<>();
        for (Object id : (List<?>) page.evaluate("() => Array.from(document.querySelectorAll('#task-list > li'))"
                + ".map(li => li.id)")) {
            ids.add(rowsId(String.valueOf(id)));
        }
        return ids;
    }

    private Locator row(long taskId) {
        return page.locator("#task-" + taskId);
    }

    private static long insertTask(long studentId, Long meetingId, Long connectorId, String kind, String title,
                                   LocalDate dueOn, LocalDate snoozedUntil, boolean done, String dedupeKey)
            throws SQLException {
        long id = NEXT_ID.incrementAndGet();
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement("insert into student_task"
                + " (id, version, created_at, updated_at, student_id, meeting_id, connector_id, kind, title, due_on,"
                + " snoozed_until, done_at, dedupe_key) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            s.setLong(1, id);
            s.setTimestamp(2, now);
            s.setTimestamp(3, now);
            s.setLong(4, studentId);
            s.setObject(5, meetingId);
            s.setObject(6, connectorId);
            s.setString(7, kind);
            s.setString(8, title);
            s.setObject(9, dueOn == null ? null : java.sql.Date.valueOf(dueOn));
            s.setObject(10, snoozedUntil == null ? null : java.sql.Date.valueOf(snoozedUntil));
            s.setObject(11, done ? now : null);
            s.setString(12, dedupeKey);
            s.executeUpdate();
        }
        return id;
    }

    private static void execute(String sql, long parameter) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            s.executeUpdate();
        }
    }

    private static void executeText(String sql, String state, long parameter) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, state);
            s.setString(2, state);
            s.setString(3, state);
            s.setLong(4, parameter);
            s.executeUpdate();
        }
    }

    private static String read(String sql, long parameter) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
