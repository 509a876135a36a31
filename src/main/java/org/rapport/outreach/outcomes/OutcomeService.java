package org.rapport.outreach.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rapport.connectors.Connector;
import org.rapport.meetings.MeetingState;
import org.rapport.people.Student;
import org.rapport.people.StudentAccess;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.InvalidFieldException;
import org.rapport.tasks.TaskKind;
import org.rapport.tasks.TaskService;
import org.rapport.tasks.TaskSummary;

/**
 * Closing the loop: the signed-in student records a success, sees everyone who helped along the way (people they
 * met, and the people who referred them to anyone they asked) and gets one "tell them" task per helper. Only the
 * student themselves records or reads their outcomes; the same form sent twice records the outcome once.
 */
@ApplicationScoped
@Transactional
public class OutcomeService {

    /** Days the student has to tell each helper. */
    public static final int TELL_WITHIN_DAYS = 3;

    /** How many past outcomes the page lists. */
    public static final int PAST_ROWS = 20;

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    @Inject
    private StudentAccess access;

    @Inject
    private TaskService tasks;

    private final Clock clock = Clock.systemUTC();

    /** A blank form for today (the student's day), remembering how many outcomes there are now. */
    public OutcomeForm newForm() {
        org.rapport.people.StudentRef student = access.currentStudentRef();
        return new OutcomeForm(LocalDate.now(clock.withZone(student.zone())), count(student.id()));
    }

    /** Everyone who helped the signed-in student, distinct and by name, with why: the preview before recording. */
    public List<Helper> myHelpers() {
        return helpersOf(access.currentStudentRef().id());
    }

    /**
     * Records the signed-in student's success and adds a "tell them" task for each helper, due in
     * {@value #TELL_WITHIN_DAYS} days.
     *
     * @return how many helpers will be told
     * @throws InvalidFieldException on {@code recordedOn} when the day is after today
     * @throws ConcurrentChangeException when the form was already sent (a double click) or another tab recorded one
     */
    public int record(@NotNull @Valid OutcomeForm form) {
        Student student = access.currentStudent();
        ZoneId zone = student.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (form.getRecordedOn().isAfter(today)) {
            throw new InvalidFieldException("recordedOn", "outcomes.recordedOn.future");
        }
        // Serialises two sends of the same form: the second waits for the first's lock, then sees its row.
        entityManager.lock(student, LockModeType.PESSIMISTIC_WRITE);
        if (count(student.getId()) != form.getKnownOutcomes()) {
            throw new ConcurrentChangeException("outcomes of student " + student.getId());
        }
        StudentOutcome outcome = new StudentOutcome(student, form.getKind(), blankToNull(form.getOrganisation()),
                form.getRecordedOn(), blankToNull(form.getNote()));
        if (form.getCameThroughId() != null) {
            Connector through = entityManager.find(Connector.class, form.getCameThroughId());
            if (through == null || through.getOwner() == null
                    || !through.getOwner().getId().equals(student.getId())) {
                throw new InvalidFieldException("cameThroughId", "outcomes.cameThrough.unknown");
            }
            outcome.cameThrough(through);
        }
        entityManager.persist(outcome);
        entityManager.flush();
        List<Helper> helpers = helpersOf(student.getId());
        for (Helper helper : helpers) {
            tasks.addOnce(student, helper.meetingId(), helper.connectorId(), TaskKind.TELL_HELPER, helper.name(),
                    today.plusDays(TELL_WITHIN_DAYS), TaskSummary.tellKey(outcome.getId(), helper.connectorId()));
        }
        return helpers.size();
    }

    /** The signed-in student's recorded outcomes, newest first, each with its helpers' "tell them" tasks. */
    public List<PastOutcome> myOutcomes() {
        long student = access.currentStudentRef().id();
        List<StudentOutcome> outcomes = entityManager.createQuery("select o from StudentOutcome o"
                        + " where o.student.id = :student order by o.recordedOn desc, o.id desc", StudentOutcome.class)
                .setParameter("student", student).setMaxResults(PAST_ROWS).getResultList();
        if (outcomes.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TaskSummary>> byOutcome = tasks.myTasksOfKind(TaskKind.TELL_HELPER).stream()
                .filter(task -> task.outcomeId() != null)
                .collect(Collectors.groupingBy(TaskSummary::outcomeId));
        return outcomes.stream().map(o -> new PastOutcome(o.getId(), o.getKind(), o.getOrganisation(),
                o.getRecordedOn(), o.getNote(), byOutcome.getOrDefault(o.getId(), List.of()))).toList();
    }

    private List<Helper> helpersOf(long student) {
        List<HelpRow> rows = entityManager.createQuery("select new org.rapport.outreach.outcomes.HelpRow(m.id,"
                        + " m.state, m.heldOn, c.id, c.fullName, r.id, r.fullName) from Meeting m join m.connector c"
                        + " left join c.referredBy r where m.student.id = :student and m.state not in :notAsked",
                        HelpRow.class)
                .setParameter("student", student)
                .setParameter("notAsked", List.of(MeetingState.PLANNED, MeetingState.CANCELLED))
                .getResultList();
        return Helper.collect(rows);
    }

    private long count(long student) {
        return entityManager.createQuery("select count(o) from StudentOutcome o where o.student.id = :student",
                Long.class).setParameter("student", student).getSingleResult();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
