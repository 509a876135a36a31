package org.rapport.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.connectors.Connector;
import org.rapport.people.ClassYear;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.BusinessException;
import org.rapport.platform.InvalidFieldException;
import org.rapport.questionbank.LevelFit;
import org.rapport.questionbank.QuestionCategory;

class MeetingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Instant AT = TODAY.atTime(18, 0).toInstant(ZoneOffset.UTC);

    private Student student;
    private Meeting meeting;
    private long nextId = 1;

    @BeforeEach
    void plan() {
        student = new Student("NU1", "Ana", "Silva", "ana@example.edu", "Business", "Finance", ClassYear.THIRD_YEAR);
        meeting = new Meeting(student, Connector.privateFor(student, "Dana Whitfield"), null,
                "Learn what hospital analysts do", 15);
    }

    private MeetingQuestion add(String text, QuestionCategory category, int minutes) {
        MeetingQuestion item = meeting.add(new MeetingQuestion.Draft(ItemKind.QUESTION, QuestionSource.BANK, text,
                category, minutes, LevelFit.any(), null, null, null));
        return withId(item, nextId++);
    }

    private static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> texts() {
        return meeting.ordered().stream().map(MeetingQuestion::getText).toList();
    }

    @Test
    void aMeetingIsWithOneOfTheStudentsOwnConnectorsForAReasonableLength() {
        Student other = new Student("NU2", "Ben", "Okafor", "ben@example.edu", "Science", "Biology",
                ClassYear.FINAL_YEAR);
        assertThrows(IllegalArgumentException.class,
                () -> new Meeting(student, Connector.privateFor(other, "Someone Else"), null, "Learn", 20));
        assertThrows(IllegalArgumentException.class, () -> new Meeting(student,
                Connector.forDirectory("Volunteer", TODAY, "all"), null, "Learn", 20), "directory copies only");
        InvalidFieldException tooShort = assertThrows(InvalidFieldException.class,
                () -> meeting.plan(meeting.getConnector(), null, "Learn", 4));
        assertEquals("customMinutes", tooShort.getField());
        assertThrows(InvalidFieldException.class, () -> meeting.plan(meeting.getConnector(), null, "Learn", 121));
        meeting.plan(meeting.getConnector(), null, "Learn", 45);
        assertEquals(45, meeting.getPlannedMinutes());
        assertEquals(MeetingState.PLANNED, meeting.getState());
    }

    @Test
    void itemsAreAddedAtTheEndAndMustAskFollowsTheCategory() {
        long before = meeting.getListRevision();
        MeetingQuestion first = add("What surprised you in your first year?", QuestionCategory.BACKGROUND, 3);
        MeetingQuestion feedback = add("How competitive would I be?", QuestionCategory.COMPETITIVE_FEEDBACK, 4);
        assertFalse(first.isMustAsk());
        assertTrue(feedback.isMustAsk());
        assertEquals(List.of(0, 1), meeting.ordered().stream().map(MeetingQuestion::getPosition).toList());
        assertEquals(before + 2, meeting.getListRevision(), "every change to the list bumps its revision");
        MeetingQuestion news = withId(meeting.add(new MeetingQuestion.Draft(ItemKind.TALKING_POINT,
                QuestionSource.NEWS, "The firm opened a Leeds office", QuestionCategory.REFERRALS, 1, null, null, null,
                1L)), nextId++);
        assertFalse(news.isMustAsk(), "a talking point is never a must-ask question");
    }

    @Test
    void rankingKeepsMustAskQuestionsAboveTheLine() {
        MeetingQuestion a = add("A", QuestionCategory.BACKGROUND, 5);
        MeetingQuestion b = add("B", QuestionCategory.SKILLS, 5);
        MeetingQuestion c = add("C", QuestionCategory.ROLE_DAY_TO_DAY, 5);
        MeetingQuestion referrals = add("Who else should I talk to?", QuestionCategory.REFERRALS, 3);
        assertFalse(meeting.rank(List.of(a.getId(), b.getId(), referrals.getId(), c.getId())),
                "in time already: nothing lifted");
        assertTrue(meeting.rank(List.of(a.getId(), b.getId(), c.getId(), referrals.getId())),
                "dragged below the line: lifted back");
        assertEquals(List.of("A", "B", "Who else should I talk to?", "C"), texts());
        assertThrows(IllegalArgumentException.class, () -> meeting.rank(List.of(a.getId(), b.getId())),
                "an order names every item");
    }

    @Test
    void aMustAskQuestionIsRemovedOnlyKnowingly() {
        add("A", QuestionCategory.BACKGROUND, 2);
        MeetingQuestion feedback = add("How competitive would I be?", QuestionCategory.COMPETITIVE_FEEDBACK, 4);
        BusinessException refused = assertThrows(BusinessException.class, () -> meeting.remove(feedback, false));
        assertEquals("meeting.list.mustAskRemoval", refused.getMessageKey());
        meeting.remove(feedback, true);
        assertEquals(List.of("A"), texts());
    }

    @Test
    void heldRecordsTheDayAndLengthAndClosesTheList() {
        add("A", QuestionCategory.BACKGROUND, 2);
        assertThrows(BusinessException.class, () -> meeting.markHeld(TODAY, 24, TODAY, AT),
                "only a booked meeting can be held");
        MeetingLifecycleTest.book(meeting, TODAY);
        assertThrows(InvalidFieldException.class, () -> meeting.markHeld(TODAY.plusDays(1), 20, TODAY, AT));
        assertThrows(InvalidFieldException.class, () -> meeting.markHeld(TODAY, 0, TODAY, AT));
        assertEquals(MeetingState.SCHEDULED, meeting.getState(), "a refused attempt changes nothing");
        meeting.markHeld(TODAY, 24, TODAY, AT);
        assertEquals(MeetingState.HELD, meeting.getState());
        assertEquals(TODAY, meeting.getHeldOn());
        assertEquals(24, meeting.getActualMinutes());
        assertThrows(BusinessException.class, () -> add("B", QuestionCategory.SKILLS, 2), "the list is the record");
        assertThrows(BusinessException.class, () -> meeting.markHeld(TODAY, 24, TODAY, AT), "held only once");
    }

    @Test
    void aQuestionsMinutesAndOutcomeAreChecked() {
        MeetingQuestion a = add("A", QuestionCategory.BACKGROUND, 2);
        assertThrows(InvalidFieldException.class, () -> a.reword("A", 31));
        a.record(QuestionOutcome.ASKED, "She moved from audit in 2019.");
        assertEquals(QuestionOutcome.ASKED, a.getOutcome());
        a.record(QuestionOutcome.SKIPPED, "   ");
        assertEquals(null, a.getNote(), "a blank note is no note");
    }
}
