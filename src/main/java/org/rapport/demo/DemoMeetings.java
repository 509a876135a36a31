package org.rapport.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rapport.connectors.Connector;
import org.rapport.feedback.CompetitiveFeedback;
import org.rapport.feedback.Competitiveness;
import org.rapport.feedback.HiringStance;
import org.rapport.feedback.NextStep;
import org.rapport.meetings.Caller;
import org.rapport.meetings.ContactRoute;
import org.rapport.meetings.ItemKind;
import org.rapport.meetings.Meeting;
import org.rapport.meetings.MeetingMode;
import org.rapport.meetings.MeetingQuestion;
import org.rapport.meetings.MeetingSchedule;
import org.rapport.meetings.NamePermission;
import org.rapport.meetings.QuestionOutcome;
import org.rapport.meetings.QuestionSource;
import org.rapport.meetings.SuggestedName;
import org.rapport.outreach.MessageKind;
import org.rapport.people.Student;
import org.rapport.questionbank.BankQuestion;
import org.rapport.questionbank.QuestionCategory;
import org.rapport.tasks.StudentTask;
import org.rapport.tasks.TaskKind;

/**
 * Demo meetings: for the demo student, one thanked meeting (checklist with notes, names suggested, competitive
 * feedback with gaps and next steps, one of them on the task list), one being prepared that runs over its time and
 * holds the stock opener (so the gentle checks show), and through {@link DemoLifecycle} at least one meeting in every
 * other state, with the messages and tasks around them, and through {@link DemoReferrals} the referral chains those
 * conversations started. Other students get one planned meeting each, and two of them conversations held
 * ({@link #heldFor}). Questions come from the starter bank; every person and organisation is fictional.
 */
final class DemoMeetings {

    private static final List<QuestionCategory> SHAPE = List.of(QuestionCategory.BACKGROUND,
            QuestionCategory.ROLE_DAY_TO_DAY, QuestionCategory.SKILLS, QuestionCategory.COMPETITIVE_FEEDBACK,
            QuestionCategory.INDUSTRY_TRENDS, QuestionCategory.REFERRALS, QuestionCategory.ORGANISATION_STRUCTURE);

    private final Random random;
    private final EntityManager entityManager;
    private final List<BankQuestion> bank;
    private final Clock clock;
    private final List<Meeting> made = new ArrayList<>();

    DemoMeetings(Random random, EntityManager entityManager, List<BankQuestion> bank, Clock clock) {
        this.random = random;
        this.entityManager = entityManager;
        this.bank = bank;
        this.clock = clock;
    }

    EntityManager entityManager() {
        return entityManager;
    }

    /**
     * The demo student's meetings, one or more in every state of the lifecycle, each moved there through the
     * meeting's verbs on past days so the timelines read as they happened; returns how many were made. Needs twelve
     * connectors (the demo student's own and the two asked for from the directory); with fewer, only the three
     * meetings being prepared or held are made.
     */
    int forDemoStudent(Student student, List<Connector> connectors) {
        if (connectors.size() < 3 || bank.isEmpty()) {
            return 0;
        }
        ZoneId zone = student.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        DemoOutreach outreach = new DemoOutreach(entityManager, zone);
        boolean everyState = connectors.size() >= DemoLifecycle.CONNECTORS;
        if (everyState) {
            DemoReferrals.introduce(connectors);
        }
        Meeting held = meeting(student, connectors.get(0),
                "Learn what the first two years in an analytics team look like, and whether my statistics minor is enough.",
                20, SHAPE.subList(0, 6), today.minusDays(40));
        List<MeetingQuestion> items = held.ordered();
        String[] notes = {"Moved from audit into analytics after two years; the rotation scheme made it possible.",
            "Mornings are stand-ups and data requests; afternoons are modelling.",
            "SQL every day; Python for anything bigger. Tableau for the monthly pack.",
            "Competitive with gaps: more SQL practice and one end-to-end project to show.",
            null, "Suggested Tomasz Wren in risk and Aiyana Blackfeather at the Harbourline Trust."};
        for (int i = 0; i < items.size(); i++) {
            items.get(i).record(i == 4 ? QuestionOutcome.OUT_OF_TIME : QuestionOutcome.ASKED, notes[i]);
        }
        Instant asked = today.minusDays(30).atTime(9, 30).toInstant(ZoneOffset.UTC);
        held.markRequestSent(today.minusDays(30), today, asked, null);
        Connector referrer = held.getConnector().getReferredBy();
        outreach.email(held, MessageKind.REQUEST, DemoWording.requestSubject(referrer),
                DemoWording.request(student, held.getConnector(), referrer, 20), today.minusDays(30));
        held.schedule(new MeetingSchedule(today.minusDays(12).atTime(15, 0).toInstant(ZoneOffset.UTC),
                MeetingMode.VIDEO, "Video link sent by her assistant", Caller.CONNECTOR_CALLS, false,
                ZoneOffset.UTC, ZoneOffset.UTC), 20, asked.plus(3, ChronoUnit.DAYS), null);
        held.markHeld(today.minusDays(12), 24, today, today.minusDays(12).atTime(15, 30).toInstant(ZoneOffset.UTC));
        SuggestedName risk = new SuggestedName(held, "Tomasz Wren", "Kestrel Risk Partners (fictional)",
                "Runs the graduate risk rotation; said I may use her name.");
        risk.heard(NamePermission.YES, ContactRoute.DIRECT);
        SuggestedName trust = new SuggestedName(held, "Aiyana Blackfeather", "Harbourline Trust (fictional)",
                "She will write to Aiyana first; I check back with her a week later.");
        trust.heard(NamePermission.NOT_ASKED, ContactRoute.INTRODUCTION);
        entityManager.persist(risk);
        entityManager.persist(trust);
        CompetitiveFeedback feedback = new CompetitiveFeedback(held);
        feedback.record("Junior data analyst", Competitiveness.YES_WITH_GAPS, HiringStance.MAYBE,
                List.of("sql", "portfolio", "stakeholder-communication"),
                "Strong statistics; needs day-to-day SQL and a project that goes from raw data to a decision.",
                "She said I interview well but my CV undersells the capstone project.");
        NextStep course = feedback.addStep("Finish the intermediate SQL course at the library");
        feedback.addStep("Rewrite the capstone project as a one-page case study");
        entityManager.persist(feedback);
        StudentTask task = new StudentTask(student, held.getId(), TaskKind.NEXT_STEP, course.getText(),
                today.plusDays(5));
        entityManager.persist(task);
        course.becameTask(task.getId());
        entityManager.persist(new StudentTask(student, held.getId(), TaskKind.NEXT_STEP,
                "Send Tomasz Wren a short introduction", today.minusDays(2)));
        // The thank-you went out the evening of the conversation.
        outreach.done(held, TaskKind.THANK_YOU, held.getConnector(), today.minusDays(11),
                DemoOutreach.thankYouKey(held), outreach.at(today.minusDays(12), 20, 10));
        outreach.email(held, MessageKind.THANK_YOU, DemoWording.thanksSubject(),
                DemoWording.thanks(student, held.getConnector(), "the rotation scheme and how you moved from audit",
                        "finish the intermediate SQL course and rewrite my capstone project as a case study"),
                today.minusDays(12));
        held.markThanked(today.minusDays(12), today, outreach.at(today.minusDays(12), 20, 10), null);

        Meeting longList = meeting(student, connectors.get(1),
                "Understand how consultants at a mid-size firm pick their first industry focus.", 15, SHAPE,
                today.minusDays(9));
        longList.add(new MeetingQuestion.Draft(ItemKind.QUESTION, QuestionSource.OWN,
                "Tell me how you got your job.", QuestionCategory.BACKGROUND, 3, null, null, null, null));
        outreach.email(longList, MessageKind.REQUEST, DemoWording.requestSubject(null),
                DemoWording.requestDraft(student, longList.getConnector()), null);
        Meeting shortList = meeting(student, connectors.get(2), "Hear about life in a public-sector data team.", 30,
                List.of(QuestionCategory.ROLE_DAY_TO_DAY, QuestionCategory.COMPETITIVE_FEEDBACK,
                        QuestionCategory.REFERRALS), today.minusDays(20));
        if (!everyState) {
            return 3;
        }
        new DemoLifecycle(this, outreach, student, today, connectors).build(shortList);
        new DemoReferrals(entityManager, outreach, student, today).build(made, connectors, List.of(risk, trust));
        return 3 + DemoLifecycle.MEETINGS;
    }

    /** A planned meeting for another student, with three questions. */
    void plannedFor(Student student, Connector connector) {
        meeting(student, connector, "Learn what a first year in this team involves.", 20,
                List.of(QuestionCategory.ROLE_DAY_TO_DAY, QuestionCategory.SKILLS,
                        QuestionCategory.COMPETITIVE_FEEDBACK), LocalDate.now(clock).minusDays(40));
    }

    /** A meeting asked for two weeks before {@code heldOn}, booked as a video call and held that day. */
    Meeting heldFor(Student student, Connector connector, String purpose, LocalDate heldOn) {
        LocalDate today = LocalDate.now(clock);
        Meeting held = meeting(student, connector, purpose, 20, SHAPE.subList(0, 4), heldOn.minusDays(21));
        LocalDate asked = heldOn.minusDays(14);
        held.markRequestSent(asked, today, asked.atTime(9, 30).toInstant(ZoneOffset.UTC), null);
        held.schedule(new MeetingSchedule(heldOn.atTime(15, 0).toInstant(ZoneOffset.UTC), MeetingMode.VIDEO,
                "Video call", Caller.STUDENT_CALLS, false, ZoneOffset.UTC, ZoneOffset.UTC), 20,
                asked.plusDays(2).atTime(11, 0).toInstant(ZoneOffset.UTC), null);
        held.markHeld(heldOn, 25, today, heldOn.atTime(15, 30).toInstant(ZoneOffset.UTC));
        return held;
    }

    /** A meeting being prepared, planned on the given day, with a question of each category from the bank. */
    Meeting meeting(Student student, Connector connector, String purpose, int minutes,
                    List<QuestionCategory> categories, LocalDate plannedOn) {
        Meeting meeting = new Meeting(student, connector, connector.getOrganisation(), purpose, minutes);
        entityManager.persist(meeting);
        made.add(meeting);
        meeting.recordPlanned(plannedOn.atTime(8, 15).toInstant(ZoneOffset.UTC));
        for (QuestionCategory category : categories) {
            BankQuestion question = pick(category);
            meeting.add(new MeetingQuestion.Draft(ItemKind.QUESTION, QuestionSource.BANK, question.getText(),
                    category, question.getMinutes(), question.getFit(), question.getId(), null, null));
        }
        return meeting;
    }

    private BankQuestion pick(QuestionCategory category) {
        List<BankQuestion> matching = new ArrayList<>(bank.stream().filter(q -> q.getCategory() == category)
                .toList());
        return matching.isEmpty() ? bank.get(random.nextInt(bank.size()))
                : matching.get(random.nextInt(matching.size()));
    }
}
