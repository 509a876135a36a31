package org.rapport.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
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
import org.rapport.meetings.ItemKind;
import org.rapport.meetings.Meeting;
import org.rapport.meetings.MeetingMode;
import org.rapport.meetings.MeetingQuestion;
import org.rapport.meetings.MeetingSchedule;
import org.rapport.meetings.QuestionOutcome;
import org.rapport.meetings.QuestionSource;
import org.rapport.meetings.SuggestedName;
import org.rapport.people.Student;
import org.rapport.questionbank.BankQuestion;
import org.rapport.questionbank.QuestionCategory;
import org.rapport.tasks.StudentTask;
import org.rapport.tasks.TaskKind;

/**
 * Demo meetings: for a student, one held meeting (checklist with notes, names suggested, competitive feedback with
 * gaps and next steps, one of them on the task list), one being prepared that runs over its time and holds the stock
 * opener (so the gentle checks show), and a short one. Other students get one planned meeting each. Questions come
 * from the starter bank; every person and organisation is fictional.
 */
final class DemoMeetings {

    private static final List<QuestionCategory> SHAPE = List.of(QuestionCategory.BACKGROUND,
            QuestionCategory.ROLE_DAY_TO_DAY, QuestionCategory.SKILLS, QuestionCategory.COMPETITIVE_FEEDBACK,
            QuestionCategory.INDUSTRY_TRENDS, QuestionCategory.REFERRALS, QuestionCategory.ORGANISATION_STRUCTURE);

    private final Random random;
    private final EntityManager entityManager;
    private final List<BankQuestion> bank;

    DemoMeetings(Random random, EntityManager entityManager, List<BankQuestion> bank) {
        this.random = random;
        this.entityManager = entityManager;
        this.bank = bank;
    }

    /** The demo student's three meetings; returns how many were made. */
    int forDemoStudent(Student student, List<Connector> connectors) {
        if (connectors.size() < 3 || bank.isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Meeting held = meeting(student, connectors.get(0),
                "Learn what the first two years in an analytics team look like, and whether my statistics minor is enough.",
                20, SHAPE.subList(0, 6));
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
        held.schedule(new MeetingSchedule(today.minusDays(12).atTime(15, 0).toInstant(ZoneOffset.UTC),
                MeetingMode.VIDEO, "Video link sent by her assistant", Caller.CONNECTOR_CALLS, false,
                ZoneOffset.UTC, ZoneOffset.UTC), 20, asked.plus(3, ChronoUnit.DAYS), null);
        held.markHeld(today.minusDays(12), 24, today, today.minusDays(12).atTime(15, 30).toInstant(ZoneOffset.UTC));
        entityManager.persist(new SuggestedName(held, "Tomasz Wren", "Kestrel Risk Partners (fictional)",
                "Runs the graduate risk rotation; said I may use her name."));
        entityManager.persist(new SuggestedName(held, "Aiyana Blackfeather", "Harbourline Trust (fictional)", null));
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

        Meeting longList = meeting(student, connectors.get(1),
                "Understand how consultants at a mid-size firm pick their first industry focus.", 15, SHAPE);
        longList.add(new MeetingQuestion.Draft(ItemKind.QUESTION, QuestionSource.OWN,
                "Tell me how you got your job.", QuestionCategory.BACKGROUND, 3, null, null, null, null));
        meeting(student, connectors.get(2), "Hear about life in a public-sector data team.", 30,
                List.of(QuestionCategory.ROLE_DAY_TO_DAY, QuestionCategory.COMPETITIVE_FEEDBACK,
                        QuestionCategory.REFERRALS));
        return 3;
    }

    /** A planned meeting for another student, with three questions. */
    void plannedFor(Student student, Connector connector) {
        meeting(student, connector, "Learn what a first year in this team involves.", 20,
                List.of(QuestionCategory.ROLE_DAY_TO_DAY, QuestionCategory.SKILLS,
                        QuestionCategory.COMPETITIVE_FEEDBACK));
    }

    private Meeting meeting(Student student, Connector connector, String purpose, int minutes,
                            List<QuestionCategory> categories) {
        Meeting meeting = new Meeting(student, connector, connector.getOrganisation(), purpose, minutes);
        entityManager.persist(meeting);
        meeting.recordPlanned(Instant.now().minus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS));
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
