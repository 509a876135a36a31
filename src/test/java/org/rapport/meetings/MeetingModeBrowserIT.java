package org.rapport.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.rapport.testsupport.BrowserTestBase;
import org.rapport.testsupport.Deployments;
import org.rapport.testsupport.ItDatabase;
import org.rapport.testsupport.Persona;

/**
 * Meeting mode in Chromium: the student ticks questions and writes notes by keyboard (saved as they go, and kept
 * through a brief network drop), runs the timer, captures a suggested name, an org-chart fact, a hypothesis outcome
 * and competitive feedback with a next step turned into a task, and marks the meeting held; a note saved meanwhile
 * elsewhere is never overwritten silently. Nobody but the meeting's student gets the page. axe-core checks it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingModeBrowserIT extends BrowserTestBase {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final Persona STUDENT = Persona.of("student", "Maya Okonkwo", "students");
    private static final Persona OTHER_STUDENT = Persona.of("student", "Lars Venter", "students");
    private static final Persona ADVISOR = Persona.of("advisor", "Hana Ruiz", "career-advisors");
    private static final String ORGANISATION = "Harbourline Analytics " + RUN;
    private static final String CONNECTOR = "Dmitri Albescu " + RUN;
    private static final String HYPOTHESIS = "Graduate analysts rarely work weekends " + RUN;
    private static final String SAVED = "Saved ";

    private static long studentId;
    private static long organisationId;
    private static long hypothesisId;
    private static long meetingId;
    private static long firstItem;
    private static long mustAskItem;
    private static long lastItem;
    private static long otherStudentId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWar();
    }

    @ArquillianResource
    private URL deploymentUrl;

    @BeforeAll
    static void fixtures() throws SQLException {
        studentId = ItDatabase.insertStudent("MM" + RUN, "Maya", "Okonkwo", STUDENT.email());
        otherStudentId = ItDatabase.insertStudent("MO" + RUN, "Lars", "Venter", OTHER_STUDENT.email());
        long advisorId = ItDatabase.insertAdvisor("Hana", "Ruiz", ADVISOR.email());
        ItDatabase.assignCaseload(advisorId, studentId);
        organisationId = ItDatabase.insertOrganisation(ORGANISATION, "TECHNOLOGY", "MEDIUM");
        long connectorId = ItDatabase.insertPrivateConnector(studentId, CONNECTOR);
        long noteId = ItDatabase.insertNotebookNote(studentId, "Harbourline hours " + RUN, null);
        hypothesisId = ItDatabase.insertHypothesis(noteId, HYPOTHESIS);
        meetingId = ItDatabase.insertMeeting(studentId, connectorId, "Learn how analysts spend their first year", 20);
        // Only a booked meeting can be marked held: this one has a time agreed (this morning, UTC).
        execute("update meeting set state = 'SCHEDULED', starts_at = utc_date(), meeting_mode = 'VIDEO',"
                + " student_zone = 'UTC', connector_zone = 'UTC' where id = ?", meetingId);
        execute("update meeting set organisation_id = ? where id = ?", organisationId, meetingId);
        firstItem = ItDatabase.insertMeetingQuestion(meetingId, 0, "What does a first year on your team look like?",
                "ROLE_DAY_TO_DAY", 5);
        mustAskItem = ItDatabase.insertMeetingQuestion(meetingId, 1,
                "Would someone with my background be competitive for analyst roles here?", "COMPETITIVE_FEEDBACK", 5);
        lastItem = ItDatabase.insertMeetingQuestion(meetingId, 2, "Where do you see the industry in five years?",
                "INDUSTRY_TRENDS", 15);
    }

    private static void execute(String sql, long... parameters) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setLong(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private String url(String path) {
        return Deployments.onLoopback(deploymentUrl) + path;
    }

    private String meetingMode() {
        return url("student/meeting-mode?id=" + meetingId);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void click(Locator target) {
        target.click();
        settle();
    }

    private Locator note(long itemId) {
        return page.locator("[id='note-" + itemId + "']");
    }

    private Locator itemStatus(long itemId) {
        return page.locator("[id='item-" + itemId + "-status']");
    }

    private void waitForText(Locator target, String text) {
        page.waitForCondition(() -> target.innerText().contains(text), new Page.WaitForConditionOptions()
                .setTimeout(15_000));
    }

    private String read(String sql, long parameter) throws SQLException {
        return ItDatabase.readOne(sql, parameter);
    }

    @Test
    void studentRunsTheMeetingToHeldAndKeepsNotesThroughANetworkDrop() throws SQLException {
        signIn(page, url(""), STUDENT);
        visit(meetingMode());
        String checklist = page.locator("#checklist").innerText();
        assertTrue(checklist.contains("Must ask") && checklist.contains("If time allows"), checklist);
        assertTrue(page.locator("#item-" + lastItem).getAttribute("class").contains("r-mm-below"),
                "the 15-minute question falls below the 20-minute line");

        // By keyboard: arrow to "Asked", Tab into the note, type, Tab away.
        page.locator("[id='outcome-" + firstItem + "-NOT_YET']").focus();
        page.keyboard().press("ArrowRight");
        assertTrue(page.locator("[id='outcome-" + firstItem + "-ASKED']").isChecked());
        page.keyboard().press("Tab");
        assertEquals("note-" + firstItem, page.evaluate("() => document.activeElement.id"));
        page.keyboard().type("They rotate through three teams.");
        page.keyboard().press("Tab");
        waitForText(itemStatus(firstItem), SAVED);
        assertTrue(page.locator("#autosave-status").innerText().startsWith(SAVED));
        assertEquals("ASKED", read("select outcome from meeting_question where id = ?", firstItem));

        // A brief network drop: the note waits on this device and is saved once the browser is back online.
        page.context().setOffline(true);
        note(mustAskItem).click();
        page.keyboard().type("Competitive with SQL; practise case interviews.");
        page.keyboard().press("Tab");
        waitForText(itemStatus(mustAskItem), "Not saved yet");
        assertTrue(page.locator("#autosave-status").innerText().contains("will retry when you're back online"));
        assertTrue(page.evaluate("() => Object.keys(localStorage).some(k => k.endsWith('.item." + mustAskItem
                + "'))").equals(Boolean.TRUE), "the draft is kept on the device");
        page.context().setOffline(false);
        waitForText(itemStatus(mustAskItem), SAVED);
        assertEquals("Competitive with SQL; practise case interviews.",
                read("select note from meeting_question where id = ?", mustAskItem));

        visit(meetingMode());
        assertEquals("They rotate through three teams.", note(firstItem).inputValue());
        assertTrue(page.locator("[id='outcome-" + firstItem + "-ASKED']").isChecked());
        assertEquals("Competitive with SQL; practise case interviews.", note(mustAskItem).inputValue());

        // The timer runs (the test does not wait for the limit) and fills in the actual length when paused.
        assertEquals("00:00", page.locator("#timer-clock-text").innerText());
        button("Start").click();
        page.waitForFunction("() => Number(document.getElementById('timer-clock').dataset.elapsedSeconds) >= 1");
        assertFalse("00:00".equals(page.locator("#timer-clock-text").innerText()), "the clock ticks");
        button("Pause").click();
        assertEquals("1", page.locator("[id='held:actualMinutes']").inputValue(), "the timer's minutes are offered");

        // A name they suggested.
        page.locator("[id='names:name']").fill("Priya Raman");
        page.locator("[id='names:organisationName']").fill("Northgate Data");
        click(button("Add name"));
        assertTrue(page.locator("#name-list").innerText().contains("Priya Raman"));
        assertEquals("Priya Raman", read("select name from meeting_suggested_name where meeting_id = ?", meetingId));

        // A fact for the org chart of the meeting's organisation, sourced to this meeting.
        assertTrue(page.locator("[id='chart:source']").inputValue().startsWith("Heard from " + CONNECTOR));
        click(button("Add to my org chart"));
        assertTrue(page.locator("[id='chart']").innerText().contains("Enter a name."),
                "the message is next to the field");
        page.locator("[id='chart:name']").fill("Jonas Berg");
        page.locator("[id='chart:title']").fill("Head of Analytics");
        page.locator("[id='chart:confidence']").selectOption("LIKELY");
        click(button("Add to my org chart"));
        assertTrue(page.locator("[id='chart:messages']").innerText().contains("Jonas Berg is on your org chart"));
        long chartId = ItDatabase.orgChartIdOf(studentId, organisationId);
        assertEquals("Jonas Berg", read("select name from org_chart_node where chart_id = ?", chartId));
        assertTrue(read("select source from org_chart_node where chart_id = ?", chartId)
                .startsWith("Heard from " + CONNECTOR + " in our meeting on"));

        // A hypothesis confirmed, with the evidence; the notebook's history points at this meeting.
        Locator hypotheses = page.locator("[id='hypotheses']");
        assertTrue(hypotheses.innerText().contains(HYPOTHESIS));
        hypotheses.getByLabel("Confirmed", new Locator.GetByLabelOptions().setExact(true)).check();
        hypotheses.getByLabel("Evidence: what they said").fill("Dmitri said weekends happen twice a year.");
        click(button("Record in my notebook: " + HYPOTHESIS));
        assertTrue(page.locator("[id='hypotheses:messages']").innerText().contains("confirmed"));
        assertEquals("CONFIRMED", read("select status from research_hypothesis where id = ?", hypothesisId));
        assertEquals(String.valueOf(meetingId),
                read("select meeting_id from research_hypothesis_change where hypothesis_id = ?", hypothesisId));
        assertAccessible();

        // Competitive feedback: steps first (they must not disturb the feedback's own save), then the form.
        page.locator("[id='steps:step']").fill("Take an SQL course " + RUN);
        click(button("Add step"));
        page.locator("[id='steps:step']").fill("Ask Priya about the graduate scheme");
        click(button("Add step"));
        page.locator("[id='feedback:roles']").fill("Graduate data analyst");
        page.getByLabel("Yes, with gaps to close").check();
        page.locator("[id='feedback']").getByLabel("Maybe", new Locator.GetByLabelOptions().setExact(true)).check();
        page.locator("[id='feedback:gapTags']").fill("SQL, #public-speaking");
        page.locator("[id='feedback:remarks']").fill("Strong story; needs hands-on data work.");
        click(button("Save feedback"));
        assertTrue(page.locator("[id='feedback:messages']").innerText().contains("Your feedback is saved."),
                page.locator("[id='feedback']").innerText());
        Locator firstStep = page.locator("[id='steps'] li", new Page.LocatorOptions().setHasText("Take an SQL course"));
        firstStep.locator("input[type=date]").fill(LocalDate.now().plusDays(14).toString());
        click(button("Add to my tasks: Take an SQL course " + RUN));
        assertTrue(page.locator("[id='steps'] li", new Page.LocatorOptions().setHasText("Take an SQL course"))
                .innerText().contains("On your task list"));
        assertEquals("YES_WITH_GAPS", read("select competitiveness from meeting_feedback where meeting_id = ?",
                meetingId));
        assertEquals("MAYBE", read("select hiring_stance from meeting_feedback where meeting_id = ?", meetingId));
        assertEquals("sql public-speaking", read("select group_concat(g.tag order by g.position separator ' ')"
                + " from meeting_feedback_gap g join meeting_feedback f on f.id = g.feedback_id"
                + " where f.meeting_id = ?", meetingId));
        assertEquals("Take an SQL course " + RUN, read("select title from student_task where meeting_id = ?",
                meetingId));
        assertEquals(LocalDate.now().plusDays(14).toString(),
                read("select due_on from student_task where meeting_id = ?", meetingId));
        assertAccessible();

        // Mark as held: a bad length is explained next to the field, then the meeting is held.
        page.locator("[id='held:actualMinutes']").fill("0");
        click(button("Mark as held"));
        assertTrue(page.locator("[id='held']").innerText().contains("between 1 and 600"),
                page.locator("[id='held']").innerText());
        assertEquals("SCHEDULED", read("select state from meeting where id = ?", meetingId));
        assertAccessible();
        page.locator("[id='held:actualMinutes']").fill("18");
        button("Mark as held").click();
        page.locator("#held-done").waitFor();
        settle();
        assertTrue(page.locator("#meeting-state").innerText().contains("Held"));
        assertEquals("HELD", read("select state from meeting where id = ?", meetingId));
        assertEquals("18", read("select actual_minutes from meeting where id = ?", meetingId));
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), read("select held_on from meeting where id = ?",
                meetingId));
        assertAccessible();

        // Right after the conversation notes still save; one saved meanwhile elsewhere is not overwritten silently.
        execute("update meeting_question set version = version + 1, note = 'From the other window' where id = ?",
                lastItem);
        note(lastItem).fill("They expect consolidation.");
        page.keyboard().press("Tab");
        waitForText(itemStatus(lastItem), "also saved in another window");
        assertEquals("They expect consolidation.", note(lastItem).inputValue(), "what was typed is kept");
        assertEquals("From the other window", read("select note from meeting_question where id = ?", lastItem));
        assertAccessible();
        click(button("Keep my version"));
        waitForText(itemStatus(lastItem), SAVED);
        assertEquals("They expect consolidation.", read("select note from meeting_question where id = ?", lastItem));

        // A draft the server never got (the tab was closed while offline) comes back on the next visit and is saved.
        page.evaluate("([key, version]) => localStorage.setItem(key, JSON.stringify({note: 'Typed before the tab"
                + " closed', outcome: 'SKIPPED', version: version, at: Date.now()}))", java.util.List.of(
                "rapport.meeting." + meetingId + ".item." + firstItem,
                Integer.parseInt(read("select version from meeting_question where id = ?", firstItem))));
        // The timer kept on this device has run past the 20 minutes asked for: the page says so, in text.
        page.evaluate("key => localStorage.setItem(key, JSON.stringify({startedAt: Date.now() - 21 * 60 * 1000,"
                + " accumulated: 0}))", "rapport.meeting." + meetingId + ".timer");
        visit(meetingMode());
        waitForText(itemStatus(firstItem), SAVED);
        assertEquals("Typed before the tab closed", note(firstItem).inputValue());
        assertEquals("Typed before the tab closed", read("select note from meeting_question where id = ?", firstItem));
        assertEquals("SKIPPED", read("select outcome from meeting_question where id = ?", firstItem));
        assertEquals("Time's up \u2014 offer to end on time.", page.locator("#timer-limit").innerText());
        assertTrue(page.locator("#timer").getAttribute("class").contains("r-mm-timer-over"));
        assertTrue(page.locator("#timer-clock-text").innerText().startsWith("21:"));
        click(button("Reset"));
        assertEquals("", page.locator("#timer-limit").innerText());
    }

    @Test
    void aNameHeardInMeetingModeBecomesAReferralThatTheRequestNamesAndTheChainDraws() throws SQLException {
        String referrer = "Odile Fenwick " + RUN;
        String referred = "Tomas Quill " + RUN;
        long referrerId = ItDatabase.insertPrivateConnector(studentId, referrer);
        long withReferrer = ItDatabase.insertMeeting(studentId, referrerId, "Hear how audit leads into analytics", 20);
        execute("update meeting set state = 'SCHEDULED', starts_at = utc_date(), meeting_mode = 'VIDEO',"
                + " student_zone = 'UTC', connector_zone = 'UTC' where id = ?", withReferrer);
        signIn(page, url(""), STUDENT);

        // In the meeting: "may I use your name?" Yes.
        visit(url("student/meeting-mode?id=" + withReferrer));
        page.locator("[id='names:name']").fill(referred);
        page.locator("[id='names:organisationName']").fill("Corbel Freight");
        page.locator("[id='names:namePermission']").selectOption("YES");
        page.locator("[id='names:introducesFirst']").check();
        click(button("Add name"));
        page.locator("[id='held:actualMinutes']").fill("22");
        button("Mark as held").click();
        page.locator("#held-done").waitFor();
        settle();

        // The meeting page offers the thank-you first, and the check-back about the introduction she offered.
        visit(url("student/meeting?id=" + withReferrer));
        assertTrue(page.locator("#next-message").getAttribute("href").endsWith("kind=THANK_YOU"));
        click(page.locator("#message-CHECK_IN"));
        String checkIn = page.locator("[id='composer:body']").inputValue();
        assertTrue(checkIn.contains("- " + referred), checkIn);
        assertFalse(checkIn.contains("{"), "every placeholder filled: " + checkIn);

        // The name is a referral now; the student adds the person to their connectors.
        visit(url("student/referrals"));
        Locator table = page.locator("#referral-table");
        assertTrue(table.innerText().contains(referred) && table.innerText().contains("(name only)"),
                table.innerText());
        page.locator("#referral-table").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(referred))
                .click();
        settle();
        button("Add to my connectors").click();
        settle();
        assertTrue(page.locator("[id='referral:messages']").innerText().contains("now among your connectors"),
                page.locator("[id='referral']").innerText());
        assertAccessible();
        String referredId = read("select connector_id from referral where meeting_id = ?", withReferrer);
        assertEquals(referred, read("select full_name from connector where id = ?", Long.parseLong(referredId)));

        // Planning a conversation with them, then the request: the referrer is named, with permission.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan a conversation with " + referred))
                .click();
        settle();
        page.locator("[id='plan:purpose']").fill("Learn how freight analytics teams hire graduates");
        page.locator("[id='plan']").getByRole(AriaRole.BUTTON).first().click();
        settle();
        long planned = Long.parseLong(read("select max(id) from meeting where connector_id = ?",
                Long.parseLong(referredId)));
        visit(url("student/meeting-message?id=" + planned + "&kind=REQUEST"));
        assertTrue(page.locator("#referrer-notice").innerText().contains(referrer + " referred you and said you may"),
                page.locator("#referrer-notice").innerText());
        String body = page.locator("[id='composer:body']").inputValue();
        assertTrue(body.lines().limit(4).anyMatch(line -> line.contains(referrer)), body);
        assertTrue(page.locator("[id='rule-REFERRER_EARLY']").getAttribute("class").contains("PASS"),
                page.locator("[id='rule-REFERRER_EARLY']").innerText());

        // The chain: the referrer first, the person they suggested below them.
        visit(url("student/referrals"));
        Locator outline = page.locator("[id='chain-outline']");
        assertEquals(referrer, outline.locator("> ul > li > .r-outline-name").filter(
                new Locator.FilterOptions().setHasText(referrer)).innerText());
        assertTrue(outline.locator("li", new Locator.LocatorOptions().setHasText(referrer))
                .locator("ul > li .r-outline-name").allInnerTexts().contains(referred), outline.innerText());
        assertTrue(page.locator(".ui-organigram").isVisible(), "the chain is also drawn");
        assertTrue(page.locator("#figure-longest").innerText().startsWith("1"), page.locator("#figures").innerText());

        // The research list: an organisation of her own, then its "why" changed in place.
        page.locator("[id='target:organisationName']").fill("Lakemont Freight " + RUN);
        page.locator("[id='target:note']").fill("Their analysts publish freight outlooks");
        click(button("Add to the list"));
        Locator entry = page.locator("#targets li", new Page.LocatorOptions().setHasText("Lakemont Freight " + RUN));
        assertTrue(entry.innerText().contains("from your own research"), entry.innerText());
        entry.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change: Lakemont Freight " + RUN))
                .click();
        settle();
        assertEquals("Change this entry", page.locator("#target-heading").innerText());
        assertEquals("Their analysts publish freight outlooks", page.locator("[id='target:note']").inputValue());
        page.locator("[id='target:note']").fill("Ask Odile who runs their graduate scheme");
        click(button("Save the entry"));
        assertTrue(entry.innerText().contains("Ask Odile who runs their graduate scheme"), entry.innerText());
        assertEquals("Add to your research list", page.locator("#target-heading").innerText());
        assertEquals("Ask Odile who runs their graduate scheme", read("select note from research_target"
                + " where student_id = ? and organisation_name like 'Lakemont Freight%'", studentId));
        assertAccessible();

        // Their advisor sees her figures on the caseload list, and reads the same chain; another student nothing.
        String longest = page.locator("#figure-longest").innerText().split(" ")[0];
        page = openSecondBrowser();
        signIn(page, url(""), ADVISOR);
        visit(url("staff/students"));
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText("MM" + RUN));
        List<String> header = page.locator("thead th").allInnerTexts().stream().map(String::strip).toList();
        List<String> cells = row.locator("td").allInnerTexts().stream().map(String::strip).toList();
        assertEquals(longest, cells.get(header.indexOf("Longest chain")), header + " " + cells);
        assertEquals(read("select count(*) from meeting where student_id = ? and state in ('HELD', 'THANKED',"
                + " 'CLOSED')", studentId), cells.get(header.indexOf("Conversations held")));
        assertAccessible();
        visit(url("staff/referrals?student=" + studentId));
        assertTrue(page.locator("[id='chain-outline']").innerText().contains(referred));
        page = openSecondBrowser();
        signIn(page, url(""), OTHER_STUDENT);
        assertEquals(403, visit(url("staff/referrals?student=" + studentId)).status());
    }

    @Test
    void twoTabsChangingOneReferralShowAConflictAndKeepWhatWasTyped() throws SQLException {
        long referrerId = ItDatabase.insertPrivateConnector(studentId, "Ines Calder " + RUN);
        ItDatabase.insertReferralChain(studentId, referrerId, List.of());
        long referralId = Long.parseLong(read("select max(id) from referral where referrer_id = ?", referrerId));
        signIn(page, url(""), STUDENT);
        visit(url("student/referrals?edit=" + referralId));
        Page otherTab = page.context().newPage();
        otherTab.navigate(url("student/referrals?edit=" + referralId));
        otherTab.locator("[id='referral:note']").fill("Saved first, in the other tab");
        otherTab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save referral")).click();
        otherTab.waitForLoadState();
        assertTrue(otherTab.locator("[id='referral:messages']").innerText().contains("saved"),
                otherTab.locator("[id='referral:messages']").innerText());

        page.locator("[id='referral:note']").fill("Typed in this tab");
        click(button("Save referral"));
        assertTrue(page.locator("[id='referral:messages']").innerText().contains("changed in another window"),
                page.locator("[id='referral:messages']").innerText());
        assertEquals("Typed in this tab", page.locator("[id='referral:note']").inputValue(), "the input is kept");
        assertEquals("Saved first, in the other tab", read("select note from referral where id = ?", referralId));
        assertAccessible();
    }

    @Test
    void completingANameWithSomeoneTheReferrerAlreadyReferredKeepsOneRecordAndDropsItsCheckIn() throws SQLException {
        String person = "Wren Ashdown " + RUN;
        // Another student's own chain, so the journey's figures for Maya stay as they are.
        long referrerId = ItDatabase.insertPrivateConnector(otherStudentId, "Lorna Pike " + RUN);
        long personId = ItDatabase.insertPrivateConnector(otherStudentId, person);
        ItDatabase.insertReferralChain(otherStudentId, referrerId, List.of(personId));
        long fromMeeting = Long.parseLong(read("select min(id) from meeting where connector_id = ?", referrerId));
        signIn(page, url(""), OTHER_STUDENT);

        // The same person, heard again as a name only, whom the referrer will introduce first.
        visit(url("student/referrals?meeting=" + fromMeeting));
        page.locator("[id='referral:meetingId']").selectOption(String.valueOf(fromMeeting));
        page.locator("[id='referral:name']").fill(person);
        page.locator("[id='referral:contactRoute']").selectOption("INTRODUCTION");
        click(button("Add referral"));
        long named = Long.parseLong(read("select id from referral where referrer_id = ? and connector_id is null",
                referrerId));
        assertEquals("2", read("select count(*) from referral where referrer_id = ?", referrerId));
        String checkIn = "select case when done_at is null then 'open' else 'done' end from student_task"
                + " where dedupe_key = 'CHECK_IN:r" + named + "' and connector_id = ?";
        assertEquals("open", read(checkIn, referrerId), "the check-in waits for the introduction");

        click(button("Add to my connectors"));
        assertTrue(page.locator("[id='referral:messages']").innerText().contains("now one record"),
                page.locator("[id='referral:messages']").innerText());
        assertEquals("1", read("select count(*) from referral where referrer_id = ?", referrerId));
        assertEquals(String.valueOf(personId), read("select connector_id from referral where referrer_id = ?",
                referrerId));
        assertEquals("done", read(checkIn, referrerId), "no check-in left for a record that is gone");
        assertAccessible();
    }

    @Test
    void onlyTheMeetingsOwnStudentGetsMeetingMode() {
        signIn(page, url(""), ADVISOR);
        assertEquals(403, visit(meetingMode()).status(), "advisors comment on the plan; meeting mode is the student's");
        assertFalse(page.content().contains("What does a first year"));

        page = openSecondBrowser();
        signIn(page, url(""), OTHER_STUDENT);
        assertEquals(403, visit(meetingMode()).status());
        assertFalse(page.content().contains("What does a first year"));
        assertEquals(404, visit(url("student/meeting-mode?id=8999999999999")).status());
        assertEquals(404, visit(url("student/meeting-mode")).status());
    }
}
