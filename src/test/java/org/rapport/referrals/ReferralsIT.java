package org.rapport.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.connectors.Connector;
import org.rapport.identity.UserAccount;
import org.rapport.meetings.Caller;
import org.rapport.meetings.ContactRoute;
import org.rapport.meetings.Meeting;
import org.rapport.meetings.MeetingHeld;
import org.rapport.meetings.MeetingMode;
import org.rapport.meetings.MeetingSchedule;
import org.rapport.meetings.NamePermission;
import org.rapport.meetings.SuggestedName;
import org.rapport.people.Advisor;
import org.rapport.people.CaseloadAssignment;
import org.rapport.people.ClassYear;
import org.rapport.people.Student;
import org.rapport.tasks.StudentTask;
import org.rapport.tasks.TaskKind;
import org.rapport.testsupport.Deployments;
import org.rapport.testsupport.TransactionRunner;

/**
 * Referrals against the real database: the figures query agrees with the chain built in Java on a chain of six, names
 * captured in meeting mode become referrals when the meeting is held (with the check-in task for "introduces
 * first"), the referred person's request and meeting move the referral on and give the referrer their update task,
 * the composer's source names the referrer only with permission, and the database refuses duplicates and deleting a
 * meeting referrals came from.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Deployment
    static WebArchive deployment() {
        return Deployments.rapportWar().addClasses(TransactionRunner.class, Deployments.class);
    }

    @Inject
    private TransactionRunner tx;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private ReferralProgress progress;

    @Inject
    private ReferralService service;

    @Inject
    private Event<MeetingHeld> held;

    private record People(long studentId, List<Long> connectorIds) {
    }

    private People people(int count) {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return tx.inNewTransaction(em -> {
            Student student = persist(em, new Student("RF" + run.substring(0, 8), "Rhea", "Chain",
                    "rhea." + run + "@students.it.example", "School of Business", "Economics", ClassYear.FINAL_YEAR));
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(persist(em, Connector.privateFor(student, "Person " + (char) ('A' + i) + " " + run)).getId());
            }
            return new People(student.getId(), ids);
        });
    }

    /** A meeting with the connector, scheduled and held {@code daysAgo} days ago. */
    private static Meeting heldMeeting(EntityManager em, long studentId, long connectorId, int daysAgo) {
        Meeting meeting = scheduled(em, studentId, connectorId, daysAgo);
        LocalDate on = TODAY.minusDays(daysAgo);
        meeting.markHeld(on, 20, TODAY, on.atTime(16, 0).toInstant(ZoneOffset.UTC));
        return meeting;
    }

    private static Meeting scheduled(EntityManager em, long studentId, long connectorId, int daysAgo) {
        Meeting meeting = persist(em, new Meeting(em.find(Student.class, studentId),
                em.find(Connector.class, connectorId), null, "Learn about the work", 20));
        Instant start = TODAY.minusDays(daysAgo).atTime(15, 0).toInstant(ZoneOffset.UTC);
        meeting.markRequestSent(TODAY.minusDays(daysAgo + 5L), TODAY, start.minus(5, ChronoUnit.DAYS), null);
        meeting.schedule(new MeetingSchedule(start, MeetingMode.VIDEO, "Video call", Caller.STUDENT_CALLS, false,
                ZoneOffset.UTC, ZoneOffset.UTC), 20, start.minus(3, ChronoUnit.DAYS), null);
        return meeting;
    }

    @Test
    void theFiguresQueryAgreesWithTheChainBuiltInJavaOnAChainOfSix() {
        // A → B → C → D → E → F, then F names someone without a record yet; D also refers B back (a cycle).
        People p = people(6);
        tx.inNewTransaction(em -> {
            for (int i = 0; i < 6; i++) {
                Meeting meeting = heldMeeting(em, p.studentId(), p.connectorIds().get(i), 60 - i * 5);
                Connector next = i < 5 ? em.find(Connector.class, p.connectorIds().get(i + 1)) : null;
                persist(em, new Referral(meeting, next, next == null ? "Quinn Marsh" : next.getFullName(),
                        "Harbour Freight (fictional)", TODAY));
                if (i == 3) {
                    persist(em, new Referral(meeting, em.find(Connector.class, p.connectorIds().get(1)),
                            "Person B", null, TODAY));
                }
            }
            return null;
        });

        ReferralFigures figures = tx.inNewTransaction(em -> referrals.figures(List.of(p.studentId()),
                TODAY.minusDays(14))).get(p.studentId());
        List<ChainNode> chains = tx.inNewTransaction(em -> ReferralChains.build(referrals.listLinks(p.studentId()),
                id -> "P" + id, new HashSet<>(referrals.listOutcomeConnectors(p.studentId()))));

        assertEquals(6, ReferralChains.longest(chains), "five people after A, then Quinn");
        assertEquals(6, figures.longestChain(), "the database walks the same chain, the cycle back to B ignored");
        assertEquals(1, chains.size(), "one first contact");
        assertEquals(p.connectorIds().get(0), chains.get(0).connectorId());
        assertEquals(6, figures.heldMeetings());
        assertEquals(7, figures.referrals());
        assertEquals(5, figures.heldFromReferral(), "B to F came from referrals; A did not");
        assertEquals(83, figures.percentFromReferral());
        assertEquals(1.2, figures.perHeldMeeting());
        assertEquals(0, figures.staleReferrals(), "every referral moved today");
        long openToday = tx.inNewTransaction(em -> referrals.listForStudent(p.studentId())).stream()
                .filter(row -> new StaleRule(1).isStale(row.status(), row.statusChangedOn(), TODAY.plusDays(1)))
                .count();
        assertTrue(openToday > 0);
        assertEquals(openToday, tx.inNewTransaction(em -> referrals.figures(List.of(p.studentId()), TODAY))
                .get(p.studentId()).staleReferrals(), "the query and the stale rule agree on what is open");
    }

    @Test
    void figuresForManyStudentsComeFromOneQueryAndAStudentWithoutReferralsHasZeros() {
        People lone = people(1);
        People other = people(1);
        tx.inNewTransaction(em -> heldMeeting(em, lone.studentId(), lone.connectorIds().get(0), 3));
        Map<Long, ReferralFigures> figures = tx.inNewTransaction(em -> referrals.figures(
                List.of(lone.studentId(), other.studentId()), TODAY));
        assertEquals(new ReferralFigures(lone.studentId(), 1, 0, 0, 0, 0), figures.get(lone.studentId()));
        assertEquals(ReferralFigures.none(other.studentId()), figures.get(other.studentId()));
    }

    @Test
    void caseloadFiguresLeaveOutStudentsOnAnotherAdvisorsCaseload() {
        People mine = people(1);
        People theirs = people(1);
        String run = UUID.randomUUID().toString().substring(0, 8);
        long[] accounts = tx.inNewTransaction(em -> {
            long[] ids = new long[2];
            for (int i = 0; i < 2; i++) {
                UserAccount account = persist(em, new UserAccount("https://it.example", "adv-" + run + "-" + i));
                Advisor advisor = persist(em, new Advisor("Ada", "Visor" + i, "ada" + i + "." + run + "@it.example",
                        "Career Advisor", null));
                advisor.linkAccount(account);
                long student = i == 0 ? mine.studentId() : theirs.studentId();
                persist(em, new CaseloadAssignment(advisor, em.find(Student.class, student)));
                ids[i] = account.getId();
            }
            return ids;
        });
        List<Long> both = List.of(mine.studentId(), theirs.studentId());
        assertEquals(Set.of(mine.studentId()), tx.inNewTransaction(em -> referrals.caseloadFigures(both,
                accounts[0], TODAY)).keySet());
        assertEquals(Set.of(theirs.studentId()), tx.inNewTransaction(em -> referrals.caseloadFigures(both,
                accounts[1], TODAY)).keySet());
    }

    @Test
    void aNameCapturedInMeetingModeBecomesAReferralWhenHeldAndMovesOnWithThePersonsMeeting() {
        People p = people(2);
        long aMeeting = tx.inNewTransaction(em -> {
            Meeting meeting = scheduled(em, p.studentId(), p.connectorIds().get(0), 2);
            SuggestedName name = new SuggestedName(meeting, "Bo Lindqvist", "Corbel Freight (fictional)",
                    "Runs their graduate scheme");
            name.heard(NamePermission.YES, ContactRoute.INTRODUCTION);
            persist(em, name);
            LocalDate on = TODAY.minusDays(2);
            meeting.markHeld(on, 25, TODAY, on.atTime(16, 0).toInstant(ZoneOffset.UTC));
            held.fire(new MeetingHeld(meeting.getId()));
            return meeting.getId();
        });

        ReferralRow row = tx.inNewTransaction(em -> referrals.listForMeeting(aMeeting)).get(0);
        assertEquals("Bo Lindqvist", row.name());
        assertEquals(NamePermission.YES, row.namePermission());
        assertEquals(ContactRoute.INTRODUCTION, row.contactRoute());
        assertEquals(TODAY.minusDays(2).plusDays(7), row.checkInOn(), "a week after the conversation");
        StudentTask checkIn = task("CHECK_IN:r" + row.id());
        assertEquals(TaskKind.CHECK_IN, checkIn.getKind());
        assertEquals(row.checkInOn(), checkIn.getDueOn());
        assertEquals(p.connectorIds().get(0), checkIn.getConnectorId(), "checking back with the referrer");
        assertEquals(List.of("Bo Lindqvist"), tx.inNewTransaction(em -> progress.introductions(aMeeting)));

        // The referrer asks for a few more days: the check-in task moves with the day.
        tx.inNewTransaction(em -> {
            Referral referral = em.find(Referral.class, row.id());
            referral.recordTerms(NamePermission.YES, ContactRoute.INTRODUCTION, false, TODAY.plusDays(9), TODAY);
            service.scheduleCheckIn(referral);
            return null;
        });
        assertEquals(TODAY.plusDays(9), task("CHECK_IN:r" + row.id()).getDueOn());
        assertFalse(task("CHECK_IN:r" + row.id()).isDone());

        // The student completes the name with a connector, writes, and meets them.
        long bMeeting = tx.inNewTransaction(em -> {
            Referral referral = em.find(Referral.class, row.id());
            referral.linkTo(em.find(Connector.class, p.connectorIds().get(1)));
            Meeting meeting = scheduled(em, p.studentId(), p.connectorIds().get(1), 0);
            progress.requested(meeting);
            return meeting.getId();
        });
        assertEquals(ReferralStatus.MEETING_REQUESTED, tx.inNewTransaction(em -> em.find(Referral.class, row.id())
                .getStatus()));
        assertTrue(task("CHECK_IN:r" + row.id()).isDone(), "asked for a meeting: nothing left to check back about");
        assertEquals(List.of(), tx.inNewTransaction(em -> progress.introductions(aMeeting)),
                "the check-in no longer restates an introduction that happened");
        tx.inNewTransaction(em -> {
            Meeting meeting = em.find(Meeting.class, bMeeting);
            meeting.markHeld(TODAY, 30, TODAY, Instant.now());
            held.fire(new MeetingHeld(bMeeting));
            return null;
        });
        Referral met = tx.inNewTransaction(em -> em.find(Referral.class, row.id()));
        assertEquals(ReferralStatus.MET, met.getStatus());
        assertEquals(TODAY, met.getStatusChangedOn());
        StudentTask update = task("UPDATE_REFERRER:m" + bMeeting);
        assertEquals(TaskKind.UPDATE_REFERRER, update.getKind());
        assertEquals(p.connectorIds().get(0), update.getConnectorId(), "the referrer is told how it went");
        assertEquals(TODAY.plusDays(ReferralProgress.UPDATE_DAYS), update.getDueOn());
    }

    @Test
    void theComposerMayNameTheReferrerOnlyWithTheirPermission() {
        People p = people(3);
        long referralId = tx.inNewTransaction(em -> {
            Meeting withA = heldMeeting(em, p.studentId(), p.connectorIds().get(0), 10);
            Referral referral = persist(em, new Referral(withA, em.find(Connector.class, p.connectorIds().get(2)),
                    "C", null, TODAY));
            referral.recordTerms(NamePermission.NOT_ASKED, ContactRoute.DIRECT, true, null, TODAY);
            return referral.getId();
        });
        ReferralSource notAsked = source(p, 2);
        assertEquals(p.connectorIds().get(0), notAsked.referrer().getId());
        assertFalse(notAsked.nameable(), "not asked: the request leaves the referrer out");

        // B also referred C, and said yes: that referral is the one a request names.
        tx.inNewTransaction(em -> {
            Meeting withB = heldMeeting(em, p.studentId(), p.connectorIds().get(1), 5);
            Referral yes = persist(em, new Referral(withB, em.find(Connector.class, p.connectorIds().get(2)), "C",
                    null, TODAY));
            yes.recordTerms(NamePermission.YES, ContactRoute.DIRECT, true, null, TODAY);
            return null;
        });
        ReferralSource withPermission = source(p, 2);
        assertTrue(withPermission.nameable());
        assertEquals(p.connectorIds().get(1), withPermission.referrer().getId());
        assertTrue(withPermission.fromReferral());
        assertNotNull(referralId);
        assertTrue(tx.inNewTransaction(em -> progress.sourceFor(em.find(Student.class, p.studentId()),
                em.find(Connector.class, p.connectorIds().get(0)))).isEmpty(), "nobody referred A");
    }

    @Test
    void theDatabaseRefusesASecondReferralToTheSamePersonAndDeletingItsMeeting() {
        People p = people(2);
        long meetingId = tx.inNewTransaction(em -> {
            Meeting meeting = heldMeeting(em, p.studentId(), p.connectorIds().get(0), 4);
            persist(em, new Referral(meeting, em.find(Connector.class, p.connectorIds().get(1)), "B", null, TODAY));
            return meeting.getId();
        });
        assertTrue(tx.inNewTransaction(em -> referrals.findByReferrerAndConnector(p.connectorIds().get(0),
                p.connectorIds().get(1))).isPresent(), "the existing record is found to link to");
        RuntimeException twice = assertThrows(RuntimeException.class, () -> tx.inNewTransaction(em -> {
            Meeting meeting = em.find(Meeting.class, meetingId);
            em.persist(new Referral(meeting, em.find(Connector.class, p.connectorIds().get(1)), "B", null, TODAY));
            em.flush();
            return null;
        }));
        assertTrue(causes(twice).contains("uk_referral_person"), causes(twice));
        RuntimeException deleted = assertThrows(RuntimeException.class, () -> tx.inNewTransaction(em -> {
            // Its timeline goes first, so that only the referral can stand in the way.
            em.createNativeQuery("delete from meeting_event where meeting_id = ?1").setParameter(1, meetingId)
                    .executeUpdate();
            return em.createNativeQuery("delete from meeting where id = ?1").setParameter(1, meetingId)
                    .executeUpdate();
        }));
        assertTrue(causes(deleted).contains("fk_referral_meeting"), "a meeting referrals came from cannot be deleted: "
                + causes(deleted));
    }

    private static String causes(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }

    private ReferralSource source(People p, int connector) {
        return tx.inNewTransaction(em -> progress.sourceFor(em.find(Student.class, p.studentId()),
                em.find(Connector.class, p.connectorIds().get(connector)))).orElseThrow();
    }

    private StudentTask task(String key) {
        return tx.inNewTransaction(em -> em.createQuery("select t from StudentTask t where t.dedupeKey = :key",
                StudentTask.class).setParameter("key", key).getSingleResult());
    }

    private static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        return entity;
    }
}
