package org.rapport.outreach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.calendar.MeetingTimes;
import org.rapport.testsupport.BrowserTestBase;
import org.rapport.testsupport.Deployments;
import org.rapport.testsupport.ItDatabase;
import org.rapport.testsupport.ItMailServer;
import org.rapport.testsupport.Persona;

/**
 * "What happens next" on the meeting page in Chromium: the student records an objection and sees the suggested
 * replies, agrees a time (a time in the past and one the clocks skip are refused next to the field; a good time
 * given in the connector's zone is shown in both zones, stored as the right instant, and puts a confirmation task
 * on the list), downloads the .ics, cancels (the task is closed), and reads the timeline; a stale page's act is
 * refused with a message. The caseload advisor reads the same timeline. axe-core checks every state.
 * <p>
 * And the whole journey, as a student lives it: write the request (the checker reacts), send it from Rapport (the
 * office's mail server, GreenMail, receives it once a run goes), record the yes and agree a time, download the
 * invitation, confirm with the template that restates the time and the mobile number, mark the meeting held in
 * meeting mode, write the thank-you against its checklist, mark it sent (the meeting is thanked), and update the
 * referrer from the task it brings.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LifecycleBrowserIT extends BrowserTestBase {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final Persona STUDENT = Persona.of("student", "Ines Marlow", "students");
    private static final Persona ADVISOR = Persona.of("advisor", "Tomas Reyes", "career-advisors");
    private static final String CONNECTOR = "Helen Ashcroft " + RUN;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final String JOURNEY_CONNECTOR = "Rowan Pryce " + RUN;
    private static final String JOURNEY_REFERRER = "Maeve Dunleavy " + RUN;
    private static final String JOURNEY_EMAIL = "rowan." + RUN + "@example.org";
    private static final String MOBILE = "+1 917 555 0142";

    private static long meetingId;
    private static long staleMeetingId;
    private static long journeyMeetingId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWar();
    }

    @ArquillianResource
    private URL deploymentUrl;

    @BeforeAll
    static void fixtures() throws SQLException {
        long studentId = ItDatabase.insertStudent("LC" + RUN, "Ines", "Marlow", STUDENT.email());
        long advisorId = ItDatabase.insertAdvisor("Tomas", "Reyes", ADVISOR.email());
        ItDatabase.assignCaseload(advisorId, studentId);
        execute("update student set time_zone = 'America/New_York' where id = ?", studentId);
        long connectorId = ItDatabase.insertPrivateConnector(studentId, CONNECTOR);
        execute("update connector set time_zone = 'Europe/London' where id = ?", connectorId);
        meetingId = ItDatabase.insertMeeting(studentId, connectorId, "Learn how actuaries start out", 20);
        execute("update meeting set state = 'REQUESTED', requested_on = utc_date() where id = ?", meetingId);
        staleMeetingId = ItDatabase.insertMeeting(studentId, connectorId, "Ask about graduate schemes", 15);
        execute("update meeting set state = 'DECLINED' where id = ?", staleMeetingId);

        // The journey: a connector in London, referred by another, who values appreciation; the student's mobile.
        long referrerId = ItDatabase.insertPrivateConnector(studentId, JOURNEY_REFERRER);
        long journeyConnector = ItDatabase.insertPrivateConnector(studentId, JOURNEY_CONNECTOR);
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement("update connector set"
                + " time_zone = 'Europe/London', email = ?, referred_by_id = ?, acquaintance = 'REFERRED',"
                + " preferred_channel = 'EMAIL' where id = ?")) {
            s.setString(1, JOURNEY_EMAIL);
            s.setLong(2, referrerId);
            s.setLong(3, journeyConnector);
            s.executeUpdate();
        }
        execute("insert into connector_interest (connector_id, position, interest) values (?, 0, 'APPRECIATION')",
                journeyConnector);
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "update student set mobile_phone = ? where id = ?")) {
            s.setString(1, MOBILE);
            s.setLong(2, studentId);
            s.executeUpdate();
        }
        journeyMeetingId = ItDatabase.insertMeeting(studentId, journeyConnector, "Learn what pricing analysts do", 20);
    }

    private static void execute(String sql, long parameter) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            s.executeUpdate();
        }
    }

    private static String read(String sql, long parameter) throws SQLException {
        return ItDatabase.readOne(sql, parameter);
    }

    private String url(String path) {
        return Deployments.onLoopback(deploymentUrl) + path;
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * Clicks and waits for the AJAX answer and for the theme's button transitions (a button re-enabled after the
     * request fades back in over 0.2 s; axe must not measure its contrast half-way).
     */
    private void click(Locator target) {
        target.click();
        settle();
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
    }

    /** Clicks a button whose success reloads the page, and waits for what the new page shows. */
    private void clickAndWaitFor(Locator target, String selector) {
        page.waitForResponse(response -> "GET".equals(response.request().method())
                && response.url().contains("/student/meeting?"), target::click);
        settle();
        page.locator(selector).waitFor();
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
    }

    private String text(String selector) {
        return page.locator(selector).innerText();
    }

    private void fillSchedule(String date, String time, String zone) {
        page.locator("[id='schedule:startDate']").fill(date);
        page.locator("[id='schedule:startTime']").fill(time);
        page.locator("[id='schedule:zone']").selectOption(zone);
        page.locator("[id='schedule'] input[value='VIDEO']").check();
    }

    @Test
    void objectionThenScheduleInTheirZoneThenInvitationThenCancel() throws SQLException {
        signIn(page, url(""), STUDENT);
        visit(url("student/meeting?id=" + meetingId));
        assertTrue(text("#lifecycle-state").contains("Requested"), text("#lifecycle-state"));
        assertTrue(page.locator("#next-message").getAttribute("href")
                .endsWith("/student/meeting-message?id=" + meetingId + "&kind=FOLLOW_UP"));

        // An objection: busy. The suggested replies and the next step for "busy" appear.
        click(button("They raised an objection"));
        page.locator("[id='objection'] input[value='BUSY']").check();
        page.locator("[id='objection:note']").fill("Busy until the end of the month");
        assertAccessible();
        clickAndWaitFor(button("Record their answer"), "#objection-advice");
        assertAccessible();
        assertEquals("OBJECTION", read("select state from meeting where id = ?", meetingId));
        assertEquals("BUSY", read("select kind from meeting_objection where meeting_id = ?", meetingId));
        List<String> replies = page.locator("#suggested-replies li").allInnerTexts();
        assertEquals(2, replies.size(), replies.toString());
        String advice = text("#objection-advice");
        assertTrue(text("#objections").contains("Busy until the end of the month"));
        assertTrue(page.locator("#next-message").getAttribute("href").endsWith("kind=OBJECTION_REPLY"));

        // They said yes: a time in the past is refused next to the date.
        click(button("They said yes"));
        fillSchedule("2020-01-06", "10:00", "America/New_York");
        click(button("Save the time"));
        assertTrue(text("[id='schedule']").contains("Choose a start time in the future."), text("[id='schedule']"));
        assertAccessible();
        // A time the clocks skip in New York is refused with a clear message, and the input is kept.
        fillSchedule("2027-03-14", "02:30", "America/New_York");
        click(button("Save the time"));
        assertTrue(text("[id='schedule']").contains("does not exist in America/New_York"), text("[id='schedule']"));
        assertEquals("2027-03-14", page.locator("[id='schedule:startDate']").inputValue());
        assertEquals("OBJECTION", read("select state from meeting where id = ?", meetingId));

        // A good time, given in the connector's zone: 14:00 in London a month from now.
        LocalDate day = LocalDate.now(LONDON).plusDays(30);
        Instant start = LocalDateTime.of(day, LocalTime.of(14, 0)).atZone(LONDON).toInstant();
        fillSchedule(day.toString(), "14:00", "Europe/London");
        page.locator("[id='schedule:minutes']").fill("30");
        page.locator("[id='schedule:place']").fill("https://video.example/helen");
        page.locator("[id='schedule'] input[value='STUDENT_CALLS']").check();
        clickAndWaitFor(button("Save the time"), "#agreed-time");
        assertAccessible();
        assertEquals(MeetingTimes.describe(start, 30, LONDON), text("#their-time"));
        assertEquals(MeetingTimes.describe(start, 30, NEW_YORK), text("#your-time"));
        assertTrue(text("#their-time").contains("14:00"), text("#their-time"));
        assertEquals("SCHEDULED", read("select state from meeting where id = ?", meetingId));
        assertEquals(LocalDateTime.ofInstant(start, ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm")), read("select date_format(starts_at, '%Y-%m-%d %H:%i') from meeting where id = ?",
                meetingId));
        assertEquals("America/New_York", read("select student_zone from meeting where id = ?", meetingId));
        assertEquals("Europe/London", read("select connector_zone from meeting where id = ?", meetingId));
        assertEquals(start.atZone(NEW_YORK).toLocalDate().minusDays(2).toString(),
                read("select due_on from student_task where meeting_id = ? and kind = 'CONFIRM'", meetingId));
        assertTrue(page.locator("#next-message").getAttribute("href").endsWith("kind=CONFIRMATION"));

        // The invitation: the student's zone as TZID with its VTIMEZONE, the local start in New York.
        assertTrue(page.locator("#download-ics").getAttribute("href").endsWith("/student/meeting.ics?id=" + meetingId));
        APIResponse ics = page.request().get(url("student/meeting.ics?id=" + meetingId));
        assertEquals(200, ics.status());
        String calendar = ics.text();
        assertTrue(calendar.contains("BEGIN:VTIMEZONE"), calendar);
        assertTrue(calendar.contains("TZID=America/New_York"), calendar);
        assertTrue(calendar.contains("DTSTART;TZID=America/New_York:" + start.atZone(NEW_YORK).toLocalDateTime()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))), calendar);
        assertTrue(calendar.contains("SUMMARY:Informational interview with " + CONNECTOR), calendar);
        assertTrue(calendar.contains("UID:meeting-" + meetingId + "@rapport.invalid"), calendar);

        // Cancel, with a reason: the confirmation task is closed with it.
        click(button("Cancel this meeting"));
        assertTrue(text("[id='cancel']").contains("Cancel this meeting?"));
        page.locator("[id='cancel:reason']").fill("They moved to another firm");
        clickAndWaitFor(button("Yes, cancel it"), "#timeline");
        assertTrue(text("#lifecycle-state").contains("Cancelled"), text("#lifecycle-state"));
        assertAccessible();
        assertEquals("CANCELLED", read("select state from meeting where id = ?", meetingId));
        assertNotNull(read("select done_at from student_task where meeting_id = ? and kind = 'CONFIRM'", meetingId));
        assertEquals(0, page.locator("#download-ics").count(), "no invitation for a cancelled meeting");

        // The timeline lists every act, in order.
        List<String> steps = page.locator("#timeline li").allInnerTexts();
        assertEquals(3, steps.size(), steps.toString());
        assertTrue(steps.get(0).startsWith("Objection recorded"), steps.get(0));
        assertTrue(steps.get(1).startsWith("Time agreed"), steps.get(1));
        assertTrue(steps.get(2).startsWith("Cancelled") && steps.get(2).contains("They moved to another firm"),
                steps.get(2));
        assertTrue(steps.get(1).contains("Objection raised \u2192 Scheduled"), steps.get(1));

        // The caseload advisor reads the same timeline, without any act.
        page = openSecondBrowser();
        signIn(page, url(""), ADVISOR);
        visit(url("staff/meeting?id=" + meetingId));
        assertTrue(text("#lifecycle-state").contains("Cancelled"));
        assertEquals(3, page.locator("#timeline li").count());
        assertTrue(text("#agreed-time").contains(MeetingTimes.describe(start, 30, LONDON)));
        assertEquals(0, button("Cancel this meeting").count());

        // The suggested replies and the next step were in words (checked last: the texts come from the bundle).
        assertFalse(advice.contains("???") || advice.contains("objection.BUSY"), advice);
    }

    @Test
    void theWholeJourneyFromRequestToThankYouAndTheReferrersUpdate() throws Exception {
        signIn(page, url(""), STUDENT);
        String composer = url("student/meeting-message?id=" + journeyMeetingId + "&kind=");

        // 1. The request: a presumptuous line fails the checker as it is typed; the fixed draft passes every check.
        visit(composer + "REQUEST");
        page.locator("[id='composer:subject']").fill("Introduction through " + JOURNEY_REFERRER);
        page.locator("[id='composer:body']").fill("Dear Rowan,\n\n" + JOURNEY_REFERRER + " suggested I write to you."
                + " I will be in town on Friday, let me know which day works.\n\nThank you.");
        waitForRule("NOT_PRESUMPTUOUS", "FAIL");
        String request = "Dear Rowan,\n\n" + JOURNEY_REFERRER + " suggested I write to you. I am a statistics"
                + " student learning how pricing analysts start out.\n\nWould you have 20 minutes for a short"
                + " conversation, at your convenience? I would be glad to come to your office or to call, whenever"
                + " suits you.\n\nThank you for considering it.\n\nBest wishes,\nInes";
        page.locator("[id='composer:body']").fill(request);
        waitForRule("NOT_PRESUMPTUOUS", "PASS");
        page.waitForFunction("() => { const m = /(\\d+) of (\\d+) checks pass/.exec("
                + "document.getElementById('checker-summary').textContent); return m && m[1] === m[2]; }");
        assertEquals(0, page.locator("#checker .r-composer-FAIL").count(), text("#checker"));
        assertAccessible();

        // 2. Sent from Rapport: the meeting is requested at once; the mail goes with the next run of the outbox.
        clickAndWaitFor(button("Send from Rapport"), "#lifecycle-state");
        assertTrue(text("#page-messages").contains("on its way from Rapport"), text("#page-messages"));
        assertEquals("REQUESTED", read("select state from meeting where id = ?", journeyMeetingId));
        assertEquals("RAPPORT", read("select sent_via from meeting_message where meeting_id = ? and kind = 'REQUEST'",
                journeyMeetingId));
        try (ItMailServer mail = ItMailServer.start()) {
            Page office = openSecondBrowser();
            signIn(office, url(""), ADVISOR);
            office.navigate(url("staff/mail"));
            for (int run = 0; run < 5 && mail.mailsTo(JOURNEY_EMAIL).isEmpty(); run++) {
                office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send due mail now")).click();
                office.waitForFunction("() => !PrimeFaces.ajax.Queue || PrimeFaces.ajax.Queue.isEmpty()");
                office.locator("[id='outbox:messages'] li").first().waitFor();
            }
            List<MimeMessage> received = mail.mailsTo(JOURNEY_EMAIL);
            assertEquals(1, received.size(), "the request, once");
            assertEquals("Introduction through " + JOURNEY_REFERRER, received.get(0).getSubject());
            assertEquals(STUDENT.email(), received.get(0).getReplyTo()[0].toString(), "answers go to the student");
            assertTrue(((String) received.get(0).getContent()).contains("whenever suits you"));
        }

        // 3. They said yes: a time in their zone, in person, with the place.
        visit(url("student/meeting?id=" + journeyMeetingId));
        click(button("They said yes"));
        LocalDate day = LocalDate.now(LONDON).plusDays(21);
        Instant start = LocalDateTime.of(day, LocalTime.of(9, 30)).atZone(LONDON).toInstant();
        page.locator("[id='schedule:startDate']").fill(day.toString());
        page.locator("[id='schedule:startTime']").fill("09:30");
        page.locator("[id='schedule:zone']").selectOption("Europe/London");
        page.locator("[id='schedule'] input[value='IN_PERSON']").check();
        page.locator("[id='schedule:place']").fill("Pryce & Co, 4 Fenchurch Street, London");
        clickAndWaitFor(button("Save the time"), "#agreed-time");
        assertEquals("SCHEDULED", read("select state from meeting where id = ?", journeyMeetingId));
        assertEquals(MeetingTimes.describe(start, 20, LONDON), text("#their-time"));

        // 4. The invitation, downloaded as a person would, in the student's zone.
        Download download = page.waitForDownload(() -> page.locator("#download-ics").click());
        assertEquals("meeting-" + journeyMeetingId + ".ics", download.suggestedFilename());
        String calendar = Files.readString(download.path());
        assertTrue(calendar.contains("DTSTART;TZID=America/New_York:" + start.atZone(NEW_YORK).toLocalDateTime()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))), calendar);
        assertTrue(calendar.contains("LOCATION:Pryce & Co\\, 4 Fenchurch Street\\, London"), calendar);

        // 5. The confirmation restates the time, the place and the mobile number; marking it sent confirms.
        assertTrue(page.locator("#next-message").getAttribute("href").endsWith("kind=CONFIRMATION"));
        visit(composer + "CONFIRMATION");
        String confirmation = page.locator("[id='composer:body']").inputValue();
        assertTrue(confirmation.contains(MOBILE) && confirmation.contains("Fenchurch Street")
                && confirmation.contains(MeetingTimes.describe(start, 20, LONDON)), confirmation);
        clickAndWaitFor(button("Mark as sent"), "#lifecycle-state");
        assertEquals("CONFIRMED", read("select state from meeting where id = ?", journeyMeetingId));

        // 6. Held, from meeting mode: a thank-you task due tomorrow.
        visit(url("student/meeting-mode?id=" + journeyMeetingId));
        LocalDate today = LocalDate.now(NEW_YORK);
        page.locator("[id='held:heldOn']").fill(today.toString());
        page.locator("[id='held:actualMinutes']").fill("25");
        page.waitForResponse(r -> "GET".equals(r.request().method()), () -> page.locator("[id='held:markHeld']")
                .click());
        settle();
        assertEquals("HELD", read("select state from meeting where id = ?", journeyMeetingId));
        assertEquals(today.plusDays(1).toString(), read("select due_on from student_task where meeting_id = ?"
                + " and kind = 'THANK_YOU'", journeyMeetingId));

        // 7. The thank-you starts from the office's template, whose part in brackets is still to be written: listed,
        // and refused by "Send from Rapport" next to the message (it would reach them as it stands).
        visit(composer + "THANK_YOU");
        assertTrue(text("#checker").contains("What they value") && text("#checker").contains("Appreciation"),
                text("#checker"));
        assertTrue(text("#unfilled").contains("[the part of our conversation that helped you most]"),
                text("#unfilled"));
        click(button("Send from Rapport"));
        assertTrue(text("[id='composer:body-field']").contains("Replace the parts in square brackets"),
                text("[id='composer:body-field']"));
        assertEquals("HELD", read("select state from meeting where id = ?", journeyMeetingId));
        assertAccessible();
        // A bare line misses three of the four points; the full note covers them all.
        page.locator("[id='composer:body']").fill("Dear Rowan,\n\nThank you for your time.\n\nInes");
        waitFor("() => document.querySelectorAll('#thank-you-points .r-composer-FAIL').length === 3");
        assertAccessible();
        page.locator("[id='composer:body']").fill("Dear Rowan,\n\nThank you for taking the time to meet me. Your"
                + " advice about building a portfolio of pricing models was especially helpful.\n\nI will finish"
                + " the SQL course this month and apply to the spring analyst programme.\n\nI will keep you posted"
                + " on how it goes.\n\nWith thanks,\nInes");
        waitFor("() => document.querySelectorAll('#thank-you-points .r-composer-FAIL').length === 0");
        assertEquals(4, page.locator("#thank-you-points .r-composer-PASS").count());
        assertEquals(0, page.locator("#unfilled").count(), "nothing left in brackets");
        clickAndWaitFor(button("Mark as sent"), "#lifecycle-state");
        assertEquals("THANKED", read("select state from meeting where id = ?", journeyMeetingId));
        assertEquals(today.toString(), read("select thanked_on from meeting where id = ?", journeyMeetingId));
        assertNotNull(read("select done_at from student_task where meeting_id = ? and kind = 'THANK_YOU'",
                journeyMeetingId), "the thank-you task is ticked off");

        // 8. The referrer's update, from its task: written to the referrer, and the task is done once sent.
        assertNull(read("select done_at from student_task where meeting_id = ? and kind = 'UPDATE_REFERRER'",
                journeyMeetingId));
        visit(composer + "REFERRER_UPDATE");
        assertTrue(page.locator("h1").innerText().contains(JOURNEY_REFERRER), page.locator("h1").innerText());
        assertTrue(page.locator("[id='composer:body']").inputValue().contains(JOURNEY_CONNECTOR),
                "the template says whom they led the student to");
        clickAndWaitFor(button("Mark as sent"), "#lifecycle-state");
        assertNotNull(read("select done_at from student_task where meeting_id = ? and kind = 'UPDATE_REFERRER'",
                journeyMeetingId));
        assertEquals("THANKED", read("select state from meeting where id = ?", journeyMeetingId),
                "updating the referrer is not a stage of the meeting");
        assertEquals(0, page.locator("#next-message").count(), "nothing left to write once the referrer knows");
        assertTrue(page.locator("#lifecycle-state").innerText().contains("Close this meeting when there is nothing"),
                page.locator("#lifecycle-state").innerText());

        // The timeline tells the story in order.
        List<String> steps = page.locator("#timeline li").allInnerTexts();
        assertEquals(5, steps.size(), steps.toString());
        assertTrue(steps.get(0).contains("Planned \u2192 Requested"), steps.get(0));
        assertTrue(steps.get(1).contains("Requested \u2192 Scheduled"), steps.get(1));
        assertTrue(steps.get(2).contains("Scheduled \u2192 Confirmed"), steps.get(2));
        assertTrue(steps.get(3).contains("Confirmed \u2192 Held"), steps.get(3));
        assertTrue(steps.get(4).contains("Held \u2192 Thanked"), steps.get(4));
        assertAccessible();
    }

    @Test
    void anActRefusedBehindAStalePageSaysWhyWithoutAnError() throws SQLException {
        signIn(page, url(""), STUDENT);
        visit(url("student/meeting?id=" + staleMeetingId));
        assertTrue(text("#lifecycle-state").contains("Declined"));
        // Meanwhile the meeting is back at "planned" (the version is left alone, so only the stage refuses).
        execute("update meeting set state = 'PLANNED' where id = ?", staleMeetingId);
        click(button("Close this meeting"));
        assertTrue(text("#page-messages").contains("where \u201cClosed\u201d is not possible"), text("#page-messages"));
        assertEquals("PLANNED", read("select state from meeting where id = ?", staleMeetingId));
        assertNull(read("select id from meeting_event where meeting_id = ?", staleMeetingId));
        assertAccessible();
    }
}
