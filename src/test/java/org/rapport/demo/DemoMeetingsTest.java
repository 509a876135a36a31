package org.rapport.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rapport.connectors.Connector;
import org.rapport.meetings.Meeting;
import org.rapport.meetings.MeetingAction;
import org.rapport.meetings.MeetingEvent;
import org.rapport.meetings.MeetingState;
import org.rapport.organisations.Organisation;
import org.rapport.outreach.MessageKind;
import org.rapport.outreach.compose.MeetingMessage;
import org.rapport.outreach.lifecycle.MeetingObjection;
import org.rapport.outreach.lifecycle.ObjectionKind;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;
import org.rapport.questionbank.BankQuestion;
import org.rapport.questionbank.LevelFit;
import org.rapport.questionbank.QuestionCategory;
import org.rapport.referrals.ChainLink;
import org.rapport.referrals.ChainNode;
import org.rapport.referrals.Referral;
import org.rapport.referrals.ReferralChains;
import org.rapport.referrals.StaleRule;
import org.rapport.tasks.StudentTask;
import org.rapport.tasks.TaskKind;
import org.rapport.tasks.TaskStatus;

/**
 * The demo student's meetings, built without a database (an entity manager that only numbers and keeps what is
 * persisted): every state of the lifecycle, reached through the verbs on past days, with the messages and tasks the
 * services would have left, every task status, and the same result for the same seed and day.
 */
class DemoMeetingsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private long nextId = 1;
    private final List<Object> persisted = new ArrayList<>();

    @Test
    void theDemoStudentHasAMeetingInEveryState() {
        List<Meeting> meetings = build();
        Set<MeetingState> states = meetings.stream().map(Meeting::getState)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MeetingState.class)));
        assertEquals(EnumSet.allOf(MeetingState.class), states);
        assertEquals(13, meetings.size());
    }

    @Test
    void everyTimelineStartsPlannedMovesForwardInThePastAndEndsInTheMeetingsState() {
        for (Meeting meeting : build()) {
            List<MeetingEvent> timeline = meeting.getTimeline();
            assertEquals(MeetingAction.PLAN, timeline.get(0).getAction(), meeting.getPurpose());
            for (int i = 1; i < timeline.size(); i++) {
                assertFalse(timeline.get(i).getOccurredAt().isBefore(timeline.get(i - 1).getOccurredAt()),
                        meeting.getState() + ": " + timeline.get(i).getAction());
                assertEquals(timeline.get(i - 1).getToState(), timeline.get(i).getFromState());
            }
            assertTrue(timeline.get(timeline.size() - 1).getOccurredAt().isBefore(NOW), meeting.getState().name());
            assertEquals(meeting.getState(), timeline.get(timeline.size() - 1).getToState());
        }
    }

    @Test
    void sentRequestsAreKeptAndOneRequestIsOldEnoughForTheSchedulersFollowUp() {
        List<Meeting> meetings = build();
        List<Meeting> waiting = meetings.stream().filter(m -> m.getState() == MeetingState.REQUESTED).toList();
        assertTrue(waiting.stream().anyMatch(m -> m.getRequestedOn().equals(TODAY.minusDays(2))));
        Meeting old = waiting.stream().filter(m -> m.getRequestedOn().isBefore(TODAY.minusDays(7))).findFirst()
                .orElseThrow();
        assertTrue(tasks().stream().noneMatch(t -> t.getKind() == TaskKind.FOLLOW_UP
                && old.getId().equals(t.getMeetingId())), "the scheduler adds that follow-up task itself");
        for (Meeting meeting : meetings) {
            MeetingMessage request = message(meeting, MessageKind.REQUEST);
            if (meeting.getRequestedOn() == null) {
                assertTrue(request == null || !request.isSent(), "a planned meeting's request is not sent");
                continue;
            }
            assertNotNull(request, meeting.getState().name());
            assertTrue(request.isSent() && request.getBody().startsWith("Dear " + meeting.getConnector().getFullName()));
            assertFalse(request.getBody().toLowerCase().contains("job"), "asks to learn, never for a job");
            if (meeting.getConnector().getReferredBy() != null) {
                assertTrue(request.getBody().contains(meeting.getConnector().getReferredBy().getFullName()
                        + " suggested"), "the referrer is named first");
            }
        }
        assertTrue(message(only(meetings, MeetingState.FOLLOWED_UP), MessageKind.FOLLOW_UP).isSent());
    }

    @Test
    void theBookedAndHeldMeetingsCarryTheirSchedulesAndTasks() {
        List<Meeting> meetings = build();
        Meeting scheduled = only(meetings, MeetingState.SCHEDULED);
        assertEquals(TODAY.plusDays(5), scheduled.getSchedule().studentLocal().toLocalDate());
        assertTrue(scheduled.getSchedule().zonesDiffer(), "the connector is in another time zone");
        assertEquals(TaskStatus.OPEN, task(scheduled, TaskKind.CONFIRM).status(TODAY));

        Meeting confirmed = only(meetings, MeetingState.CONFIRMED);
        assertEquals(TODAY.plusDays(1), confirmed.getSchedule().studentLocal().toLocalDate());
        assertEquals(TaskStatus.DONE, task(confirmed, TaskKind.CONFIRM).status(TODAY));
        assertTrue(message(confirmed, MessageKind.CONFIRMATION).isSent());

        Meeting cancelled = only(meetings, MeetingState.CANCELLED);
        assertEquals(confirmed.getConnector(), cancelled.getConnector(), "called off, then booked again");

        Meeting held = only(meetings, MeetingState.HELD);
        assertEquals(TODAY.minusDays(1), held.getHeldOn());
        assertEquals(TaskStatus.DUE, task(held, TaskKind.THANK_YOU).status(TODAY));

        Meeting objection = only(meetings, MeetingState.OBJECTION);
        MeetingObjection raised = persisted.stream().filter(MeetingObjection.class::isInstance)
                .map(MeetingObjection.class::cast).filter(o -> o.getMeeting() == objection).findFirst().orElseThrow();
        assertEquals(ObjectionKind.BUSY, raised.getKind());

        List<Meeting> thanked = meetings.stream().filter(m -> m.getState() == MeetingState.THANKED).toList();
        assertTrue(thanked.stream().anyMatch(m -> !m.ordered().isEmpty()
                && m.ordered().get(0).getNote() != null), "the meeting with notes and feedback is thanked");
        List<Meeting> referred = thanked.stream().filter(m -> m.getConnector().getReferredBy() != null).toList();
        Set<TaskStatus> updates = EnumSet.noneOf(TaskStatus.class);
        for (Meeting meeting : referred) {
            StudentTask update = task(meeting, TaskKind.UPDATE_REFERRER);
            assertEquals(meeting.getConnector().getReferredBy().getId(), update.getConnectorId());
            updates.add(update.status(TODAY));
        }
        assertEquals(EnumSet.of(TaskStatus.SNOOZED, TaskStatus.DONE), updates, "one update sent, one snoozed");
        assertNotNull(only(meetings, MeetingState.CLOSED).getThankedOn());
        assertNull(only(meetings, MeetingState.DECLINED).getSchedule());
    }

    @Test
    void theTasksCoverEveryStatusAndTheGeneratedOnesAreKeyedLikeTheServicesKeyThem() {
        build();
        Set<TaskStatus> statuses = tasks().stream().map(t -> t.status(TODAY))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TaskStatus.class)));
        assertEquals(EnumSet.allOf(TaskStatus.class), statuses);
        for (StudentTask task : tasks()) {
            if (task.getKind() == TaskKind.CHECK_IN) {
                assertTrue(task.getDedupeKey().matches("CHECK_IN:r\\d+"), task.getDedupeKey());
            } else if (task.getKind() != TaskKind.NEXT_STEP) {
                assertTrue(task.getDedupeKey().startsWith(task.getKind().name() + ":m" + task.getMeetingId()),
                        task.getDedupeKey());
            }
        }
        assertEquals(tasks().size(), tasks().stream().map(StudentTask::getDedupeKey).filter(k -> k != null)
                .distinct().count() + tasks().stream().filter(t -> t.getDedupeKey() == null).count());
    }

    @Test
    void theReferralChainsRunOneToThreeReferralsDeepWithOneStaleReferral() {
        build();
        List<Referral> referrals = persisted.stream().filter(Referral.class::isInstance).map(Referral.class::cast)
                .toList();
        assertEquals(11, referrals.size());
        List<ChainLink> links = referrals.stream().map(r -> new ChainLink(r.getId(), r.getReferrer().getId(),
                r.getConnector() == null ? null : r.getConnector().getId(), r.getName(), r.getStatus(), false))
                .toList();
        List<ChainNode> roots = ReferralChains.build(links, id -> "connector " + id);
        assertEquals(1, roots.size(), "one first contact: the logistics lead met two months ago");
        assertEquals(3, ReferralChains.longest(roots));
        Set<Integer> depths = roots.get(0).children().stream().map(ChainNode::depth).collect(Collectors.toSet());
        assertEquals(Set.of(0, 1, 2), depths, "what each person the first contact referred led to");

        StaleRule rule = new StaleRule(StaleRule.DEFAULT_DAYS);
        assertEquals(1, referrals.stream().filter(r -> rule.isStale(r.getStatus(), r.getStatusChangedOn(), TODAY))
                .count());
        for (Referral referral : referrals) {
            Meeting from = referral.getMeeting();
            assertTrue(from.getState().isAfterConversation(), "made in a held meeting");
            assertFalse(referral.getStatusChangedOn().isBefore(from.getHeldOn()));
            assertFalse(referral.getStatusChangedOn().isAfter(TODAY));
        }
        for (Meeting meeting : persisted.stream().filter(Meeting.class::isInstance).map(Meeting.class::cast)
                .toList()) {
            MeetingMessage request = message(meeting, MessageKind.REQUEST);
            referrals.stream().filter(r -> r.getConnector() == meeting.getConnector()).forEach(r -> {
                if (meeting.getRequestedOn() != null) {
                    assertTrue(meeting.getRequestedOn().isAfter(r.getMeeting().getHeldOn()),
                            "asked after the referrer suggested them");
                    assertEquals(r.mayUseReferrersName(),
                            request.getBody().contains(r.getReferrer().getFullName() + " suggested"),
                            "the referrer is named exactly when they said yes");
                }
            });
        }
        List<StudentTask> checkIns = tasks().stream().filter(t -> t.getKind() == TaskKind.CHECK_IN).toList();
        assertEquals(Set.of(TaskStatus.OVERDUE, TaskStatus.OPEN),
                checkIns.stream().map(t -> t.status(TODAY)).collect(Collectors.toSet()));
    }

    @Test
    void twoCaseloadStudentsHaveConversationsAndReferralsOneOfThemStale() {
        DemoDataGenerator generator = new DemoDataGenerator(20261122);
        List<Organisation> organisations = IntStream.range(0, 30).mapToObj(generator::organisation)
                .map(this::numbered).toList();
        DemoMeetings meetings = new DemoMeetings(new Random(7), fakeEntityManager(), bankOfEveryCategory(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        StaleRule rule = new StaleRule(StaleRule.DEFAULT_DAYS);
        List<String> seen = new ArrayList<>();
        for (int index = 0; index < 3; index++) {
            Student other = numbered(generator.student(index));
            List<Connector> theirs = new DemoConnectors(20261122).privateList(other, 4, organisations, index + 1);
            theirs.forEach(this::numbered);
            persisted.clear();
            new DemoReferrals(meetings.entityManager(), new DemoOutreach(meetings.entityManager(), ZoneOffset.UTC),
                    other, TODAY).forCaseloadStudent(meetings, theirs, index);
            List<Referral> referrals = persisted.stream().filter(Referral.class::isInstance)
                    .map(Referral.class::cast).toList();
            long held = persisted.stream().filter(Meeting.class::isInstance).map(Meeting.class::cast)
                    .filter(m -> m.getState() == MeetingState.HELD).count();
            long stale = referrals.stream().filter(r -> rule.isStale(r.getStatus(), r.getStatusChangedOn(), TODAY))
                    .count();
            seen.add(held + " held, " + referrals.size() + " referrals, " + stale + " stale");
        }
        assertEquals(List.of("2 held, 2 referrals, 0 stale", "1 held, 1 referrals, 1 stale",
                "0 held, 0 referrals, 0 stale"), seen);
    }

    @Test
    void theSameSeedAndDayGiveTheSameMeetings() {
        List<String> first = build().stream().map(DemoMeetingsTest::describe).toList();
        persisted.clear();
        nextId = 1;
        List<String> second = build().stream().map(DemoMeetingsTest::describe).toList();
        assertEquals(first, second);
    }

    // --- helpers ---

    private List<Meeting> build() {
        DemoDataGenerator generator = new DemoDataGenerator(20261122);
        Student student = numbered(generator.demoStudent());
        List<Organisation> organisations = IntStream.range(0, 30).mapToObj(generator::organisation)
                .map(this::numbered).toList();
        DemoConnectors connectors = new DemoConnectors(20261122);
        List<Connector> own = new ArrayList<>(connectors.privateList(student, 10, organisations, 0));
        own.forEach(this::numbered);
        List<Connector> directory = connectors.directory(6, organisations);
        own.add(numbered(directory.get(1).copyFor(student)));
        own.add(numbered(directory.get(2).copyFor(student)));
        List<BankQuestion> bank = bankOfEveryCategory();
        persisted.clear();
        DemoMeetings meetings = new DemoMeetings(new Random(20261122), fakeEntityManager(), bank,
                Clock.fixed(NOW, ZoneOffset.UTC));
        int made = meetings.forDemoStudent(student, own);
        List<Meeting> result = persisted.stream().filter(Meeting.class::isInstance).map(Meeting.class::cast).toList();
        assertEquals(made, result.size());
        return result;
    }

    private List<BankQuestion> bankOfEveryCategory() {
        List<BankQuestion> bank = new ArrayList<>();
        for (QuestionCategory category : QuestionCategory.values()) {
            bank.add(numbered(new BankQuestion("What does " + category.name().toLowerCase() + " look like for you?",
                    category, LevelFit.any(), List.of(), 2, null, null)));
        }
        return bank;
    }

    private static String describe(Meeting meeting) {
        return meeting.getState() + "|" + meeting.getConnector().getFullName() + "|" + meeting.getPurpose() + "|"
                + meeting.ordered().stream().map(q -> q.getText()).toList() + "|"
                + meeting.getTimeline().stream().map(e -> e.getOccurredAt().truncatedTo(ChronoUnit.SECONDS))
                .toList();
    }

    private static Meeting only(List<Meeting> meetings, MeetingState state) {
        List<Meeting> found = meetings.stream().filter(m -> m.getState() == state).toList();
        assertEquals(1, found.size(), state.name());
        return found.get(0);
    }

    private MeetingMessage message(Meeting meeting, MessageKind kind) {
        return persisted.stream().filter(MeetingMessage.class::isInstance).map(MeetingMessage.class::cast)
                .filter(m -> m.getMeeting() == meeting && m.getKind() == kind).findFirst().orElse(null);
    }

    private List<StudentTask> tasks() {
        return persisted.stream().filter(StudentTask.class::isInstance).map(StudentTask.class::cast).toList();
    }

    private StudentTask task(Meeting meeting, TaskKind kind) {
        return tasks().stream().filter(t -> meeting.getId().equals(t.getMeetingId()) && t.getKind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError(kind + " for " + meeting.getState()));
    }

    /** Gives the entity an id as the sequence would. */
    private <T> T numbered(T entity) {
        try {
            Field id = BaseEntity.class.getDeclaredField("id");
            id.setAccessible(true);
            if (id.get(entity) == null) {
                id.set(entity, nextId++);
            }
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An entity manager that numbers and keeps what is persisted, and refuses anything else. */
    private EntityManager fakeEntityManager() {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if ("persist".equals(method.getName())) {
                        persisted.add(numbered(args[0]));
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
