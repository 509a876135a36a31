package org.rapport.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rapport.people.StudentAccess;
import org.rapport.people.StudentRef;

/**
 * The signed-in student's pipeline for the dashboard: how many of their meetings stand in each state (one grouped
 * query) and the next booked conversations, shown in the student's own time zone. Read-only; one query each,
 * whatever the number of meetings.
 */
@ApplicationScoped
@Transactional
public class MeetingPipeline {

    /** How many upcoming meetings the dashboard shows. */
    public static final int UPCOMING_ROWS = 5;

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    @Inject
    private StudentAccess access;

    private final Clock clock = Clock.systemUTC();

    /** One count per state, in the lifecycle's order, zero where the student has no meeting in that state. */
    public List<StateCount> myPipeline() {
        long student = access.currentStudentRef().id();
        Map<MeetingState, Long> counts = new EnumMap<>(MeetingState.class);
        for (MeetingState state : MeetingState.values()) {
            counts.put(state, 0L);
        }
        for (Object[] row : entityManager.createQuery("select m.state, count(m) from Meeting m"
                        + " where m.student.id = :student group by m.state", Object[].class)
                .setParameter("student", student).getResultList()) {
            counts.put((MeetingState) row[0], (Long) row[1]);
        }
        List<StateCount> pipeline = new ArrayList<>();
        counts.forEach((state, count) -> pipeline.add(new StateCount(state, count)));
        return pipeline;
    }

    /** The student's next scheduled or confirmed meetings that have not started, soonest first, in their zone. */
    public List<UpcomingMeeting> myUpcoming() {
        StudentRef student = access.currentStudentRef();
        return entityManager.createQuery("select m.id, c.fullName, m.schedule.startsAt, m.schedule.mode, m.state"
                        + " from Meeting m join m.connector c where m.student.id = :student"
                        + " and m.state in :booked and m.schedule.startsAt >= :now"
                        + " order by m.schedule.startsAt, m.id", Object[].class)
                .setParameter("student", student.id())
                .setParameter("booked", List.of(MeetingState.SCHEDULED, MeetingState.CONFIRMED))
                .setParameter("now", Instant.now(clock))
                .setMaxResults(UPCOMING_ROWS)
                .getResultList().stream()
                .map(row -> new UpcomingMeeting((Long) row[0], (String) row[1],
                        ((Instant) row[2]).atZone(student.zone()), (MeetingMode) row[3], (MeetingState) row[4]))
                .toList();
    }
}
