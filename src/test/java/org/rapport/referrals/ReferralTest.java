package org.rapport.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.connectors.Connector;
import org.rapport.meetings.Caller;
import org.rapport.meetings.ContactRoute;
import org.rapport.meetings.Meeting;
import org.rapport.meetings.MeetingMode;
import org.rapport.meetings.MeetingSchedule;
import org.rapport.meetings.NamePermission;
import org.rapport.meetings.SuggestedName;
import org.rapport.people.ClassYear;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.BusinessException;
import org.rapport.platform.InvalidFieldException;

/** A referral's invariants: only from a held meeting, never to the referrer, only to the student's own people. */
class ReferralTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Instant NOW = TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC);

    private Student student;
    private Connector dana;
    private Meeting meeting;

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

    @BeforeEach
    void heldMeeting() {
        student = withId(new Student("S1", "Priya", "Raman", "priya@students.example", "Arts", "Statistics",
                ClassYear.FINAL_YEAR), 1);
        dana = withId(Connector.privateFor(student, "Dana Whitfield"), 10);
        meeting = withId(new Meeting(student, dana, null, "Learn about pricing", 20), 100);
        meeting.recordPlanned(NOW.minusSeconds(86_400 * 10));
        meeting.markRequestSent(TODAY.minusDays(9), TODAY.minusDays(9), NOW.minusSeconds(86_400 * 9), null);
        meeting.schedule(new MeetingSchedule(NOW.minusSeconds(86_400), MeetingMode.PHONE, "+44 20 7946 0000",
                Caller.STUDENT_CALLS, false, ZoneId.of("UTC"), ZoneId.of("UTC")), 20,
                NOW.minusSeconds(86_400 * 5), null);
        meeting.markHeld(TODAY.minusDays(1), 22, TODAY, NOW);
    }

    @Test
    void aReferralFromAHeldMeetingStartsAsANameWithoutPermissionAsked() {
        Referral referral = new Referral(meeting, null, "  Sam Okafor ", "Harbour Freight", TODAY);
        assertEquals("Sam Okafor", referral.getName());
        assertEquals(dana, referral.getReferrer());
        assertEquals(student, referral.getStudent());
        assertEquals(ReferralStatus.NAMED, referral.getStatus());
        assertEquals(NamePermission.NOT_ASKED, referral.getNamePermission());
        assertFalse(referral.mayUseReferrersName(), "only a yes lets the student name Dana");
        assertEquals(ContactRoute.DIRECT, referral.getContactRoute());
        assertEquals(TODAY, referral.getStatusChangedOn());
        assertNull(referral.getConnector());
    }

    @Test
    void notFromAMeetingThatHasNotBeenHeld() {
        Meeting planned = new Meeting(student, dana, null, "Learn", 20);
        BusinessException refused = assertThrows(BusinessException.class,
                () -> new Referral(planned, null, "Sam Okafor", null, TODAY));
        assertEquals("referral.meetingNotHeld", refused.getMessageKey());
    }

    @Test
    void neverToTheReferrerThemselvesNorToAnotherStudentsConnector() {
        InvalidFieldException self = assertThrows(InvalidFieldException.class,
                () -> new Referral(meeting, dana, "Dana Whitfield", null, TODAY));
        assertEquals("referral.self", self.getMessageKey());
        Student other = withId(new Student("S2", "Bruno", "Castaldi", "bruno@students.example", "Arts", "History",
                ClassYear.FIRST_YEAR), 2);
        Connector theirs = withId(Connector.privateFor(other, "Sam Okafor"), 11);
        InvalidFieldException notYours = assertThrows(InvalidFieldException.class,
                () -> new Referral(meeting, theirs, "Sam Okafor", null, TODAY));
        assertEquals("referral.notYours", notYours.getMessageKey());

        Connector mine = withId(Connector.privateFor(student, "Sam Okafor"), 12);
        Referral linked = new Referral(meeting, null, "Sam at Harbour", "Harbour Freight", TODAY);
        linked.linkTo(mine);
        assertEquals(mine, linked.getConnector());
        assertEquals("Sam Okafor", linked.getName(), "the connector's name replaces the note taken in the meeting");
    }

    @Test
    void aNameCapturedInMeetingModeBecomesAReferralWithItsNoteAndTerms() {
        SuggestedName captured = new SuggestedName(meeting, "Lena Park", "Corbel Freight", "Runs their graduate scheme");
        captured.heard(NamePermission.YES, ContactRoute.INTRODUCTION);
        Referral referral = Referral.fromSuggestedName(captured, TODAY, TODAY.plusDays(7));
        assertEquals(NamePermission.YES, referral.getNamePermission());
        assertEquals(ContactRoute.INTRODUCTION, referral.getContactRoute());
        assertEquals(TODAY.plusDays(7), referral.getCheckInOn());
        assertEquals("Lena Park", referral.getName());
        assertEquals("Corbel Freight", referral.getOrganisationName());
        assertEquals("Runs their graduate scheme", referral.getNote());
        assertEquals(captured, referral.getSuggestedName());
    }

    @Test
    void anIntroductionFirstNeedsACheckInDayAfterToday() {
        Referral referral = new Referral(meeting, null, "Sam Okafor", null, TODAY);
        InvalidFieldException past = assertThrows(InvalidFieldException.class, () -> referral.recordTerms(
                NamePermission.YES, ContactRoute.INTRODUCTION, false, TODAY, TODAY));
        assertEquals("checkInOn", past.getField());
        referral.recordTerms(NamePermission.YES, ContactRoute.INTRODUCTION, false, TODAY.plusDays(8), TODAY);
        assertEquals(TODAY.plusDays(8), referral.getCheckInOn());
        assertTrue(referral.mayUseReferrersName());
        referral.recordTerms(NamePermission.NO, ContactRoute.DIRECT, true, TODAY.plusDays(8), TODAY);
        assertNull(referral.getCheckInOn(), "writing directly needs no check-in");
        assertTrue(referral.hasContactDetails());
        assertFalse(referral.mayUseReferrersName());
    }

    @Test
    void aCheckInDayAgreedEarlierMayHavePassedButANewOneMustLieAhead() {
        Referral referral = new Referral(meeting, null, "Sam Okafor", null, TODAY.minusDays(10));
        referral.recordTerms(NamePermission.YES, ContactRoute.INTRODUCTION, false, TODAY.minusDays(3),
                TODAY.minusDays(10));
        referral.recordTerms(NamePermission.NO, ContactRoute.INTRODUCTION, true, TODAY.minusDays(3), TODAY);
        assertEquals(TODAY.minusDays(3), referral.getCheckInOn(), "saving other changes keeps the passed day");
        assertFalse(referral.mayUseReferrersName());
        InvalidFieldException moved = assertThrows(InvalidFieldException.class, () -> referral.recordTerms(
                NamePermission.NO, ContactRoute.INTRODUCTION, true, TODAY.minusDays(1), TODAY));
        assertEquals("checkInOn", moved.getField());
    }

    @Test
    void aResearchListEntryNeedsAPersonOrAnOrganisationAndTakesAConnectorsName() {
        ResearchTarget target = new ResearchTarget(student, null, null, "Harbourline Trust", "Their data team");
        target.describe(dana, "ignored", null, "Met her once");
        assertEquals("Dana Whitfield", target.getName());
        assertNull(target.getOrganisationName());
        InvalidFieldException empty = assertThrows(InvalidFieldException.class,
                () -> target.describe(null, " ", null, "why"));
        assertEquals("name", empty.getField());
        assertEquals("Dana Whitfield", target.getName(), "a refused change leaves the entry as it was");
        assertEquals("Met her once", target.getNote());
    }

    @Test
    void movingOnKeepsTheDayAndAStageThatDoesNotAllowTheMoveRefusesIt() {
        Referral referral = new Referral(meeting, null, "Sam Okafor", null, TODAY.minusDays(20));
        referral.moveTo(ReferralStatus.CONTACT_DETAILS, TODAY.minusDays(3));
        assertTrue(referral.hasContactDetails());
        assertEquals(TODAY.minusDays(3), referral.getStatusChangedOn());
        referral.moveTo(ReferralStatus.MET, TODAY);
        BusinessException refused = assertThrows(BusinessException.class,
                () -> referral.moveTo(ReferralStatus.STALLED, TODAY));
        assertEquals("referral.status.refused", refused.getMessageKey());
        assertEquals(ReferralStatus.MET, referral.getStatus());
    }
}
