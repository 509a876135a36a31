package org.rapport.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.rapport.people.Student;
import org.rapport.people.StudentAccess;
import org.rapport.people.StudentRef;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.PageRequest;

/**
 * The door to a student's task list. Features create tasks for a student they have already checked; the student
 * reads their open tasks (overdue first, then by due date) and ticks them off. Dates are the student's own days,
 * in their time zone.
 */
@ApplicationScoped
@Transactional
public class TaskService {

    /** How many open tasks the dashboard shows. */
    public static final int DASHBOARD_ROWS = 20;

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    @Inject
    private StudentAccess access;

    private final Clock clock = Clock.systemUTC();

    /** Adds a task to a student's list; the caller has checked that the student is the one signed in. */
    public StudentTask add(Student student, Long meetingId, TaskKind kind, String title, LocalDate dueOn) {
        StudentTask task = new StudentTask(student, meetingId, kind, title, dueOn);
        entityManager.persist(task);
        return task;
    }

    /**
     * Adds a task the lifecycle generates, once: a second call with the same key (a retry, a restart, a second
     * instance) finds the first task and adds nothing.
     */
    public StudentTask addOnce(Student student, Long meetingId, Long connectorId, TaskKind kind, String title,
                               LocalDate dueOn, String dedupeKey) {
        List<StudentTask> existing = entityManager.createQuery(
                        "select t from StudentTask t where t.dedupeKey = :key", StudentTask.class)
                .setParameter("key", dedupeKey).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        StudentTask task = new StudentTask(student, meetingId, connectorId, kind, title, dueOn, dedupeKey);
        entityManager.persist(task);
        return task;
    }

    /**
     * The same, for a task whose day its source may change later (a referral's check-in day): an open task already
     * there moves to {@code dueOn}.
     */
    public StudentTask addOrMove(Student student, Long meetingId, Long connectorId, TaskKind kind, String title,
                                 LocalDate dueOn, String dedupeKey) {
        StudentTask task = addOnce(student, meetingId, connectorId, kind, title, dueOn, dedupeKey);
        task.dueAgainOn(dueOn);
        return task;
    }

    /** Ticks off the generated task with this key, if it is still open (e.g. news told to a helper). */
    public void completeByKey(String dedupeKey) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        entityManager.createQuery("select t from StudentTask t where t.dedupeKey = :key and t.doneAt is null",
                        StudentTask.class)
                .setParameter("key", dedupeKey).getResultList().forEach(task -> task.markDone(now));
    }

    /** Ticks off a meeting's open tasks of a kind (the act they asked for was done); all kinds when null. */
    public int completeOpen(long meetingId, TaskKind kind, Long connectorId) {
        List<StudentTask> open = entityManager.createQuery("select t from StudentTask t where t.meetingId = :meeting"
                        + " and t.doneAt is null", StudentTask.class)
                .setParameter("meeting", meetingId).getResultList();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        int done = 0;
        for (StudentTask task : open) {
            if ((kind == null || task.getKind() == kind)
                    && (connectorId == null || connectorId.equals(task.getConnectorId()))) {
                task.markDone(now);
                done++;
            }
        }
        return done;
    }

    /**
     * The signed-in student's open tasks for the dashboard, snoozed ones left out: dated ones by due date (overdue
     * first), then undated, newest first.
     */
    public List<TaskSummary> myOpenTasks() {
        StudentRef student = access.currentStudentRef();
        LocalDate today = today(student);
        return entityManager.createQuery("select t from StudentTask t where t.student.id = :student"
                        + " and t.doneAt is null and (t.snoozedUntil is null or t.snoozedUntil <= :today)"
                        + " order by case when t.dueOn is null then 1 else 0 end, t.dueOn, t.createdAt desc, t.id",
                        StudentTask.class)
                .setParameter("student", student.id())
                .setParameter("today", today)
                .setMaxResults(DASHBOARD_ROWS)
                .getResultList().stream().map(task -> TaskSummary.of(task, today)).toList();
    }

    /** How many open tasks the dashboard could show (snoozed ones left out). */
    public long countMyOpenTasks() {
        StudentRef student = access.currentStudentRef();
        return entityManager.createQuery("select count(t) from StudentTask t where t.student.id = :student"
                        + " and t.doneAt is null and (t.snoozedUntil is null or t.snoozedUntil <= :today)", Long.class)
                .setParameter("student", student.id())
                .setParameter("today", today(student))
                .getSingleResult();
    }

    /** One page of the signed-in student's tasks under a tab, filtered and paged by the database. */
    public List<TaskSummary> listMine(@NotNull TaskFilter filter, @NotNull PageRequest page) {
        StudentRef student = access.currentStudentRef();
        LocalDate today = today(student);
        TypedQuery<StudentTask> query = entityManager.createQuery("select t from StudentTask t"
                + " where t.student.id = :student and (" + filter.where() + ") order by " + filter.orderBy(),
                StudentTask.class);
        return withToday(query, filter, today)
                .setParameter("student", student.id())
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList().stream().map(task -> TaskSummary.of(task, today)).toList();
    }

    public long countMine(@NotNull TaskFilter filter) {
        StudentRef student = access.currentStudentRef();
        TypedQuery<Long> query = entityManager.createQuery("select count(t) from StudentTask t"
                + " where t.student.id = :student and (" + filter.where() + ")", Long.class);
        return withToday(query, filter, today(student)).setParameter("student", student.id()).getSingleResult();
    }

    /** Binds the student's today when the tab's condition uses it (the done tab does not). */
    private static <T> TypedQuery<T> withToday(TypedQuery<T> query, TaskFilter filter, LocalDate today) {
        return filter.where().contains(":today") ? query.setParameter("today", today) : query;
    }

    /** The signed-in student's tasks of one kind (e.g. every "tell them" task, for the outcomes page). */
    public List<TaskSummary> myTasksOfKind(@NotNull TaskKind kind) {
        StudentRef student = access.currentStudentRef();
        LocalDate today = today(student);
        return entityManager.createQuery("select t from StudentTask t where t.student.id = :student"
                        + " and t.kind = :kind order by t.title, t.id", StudentTask.class)
                .setParameter("student", student.id())
                .setParameter("kind", kind)
                .getResultList().stream().map(task -> TaskSummary.of(task, today)).toList();
    }

    /** Ticks off one of the signed-in student's tasks, refused when it changed meanwhile. */
    public void markDone(long taskId, long version) {
        versioned(ownTask(taskId), version).markDone(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    }

    /** Opens one of the signed-in student's done tasks again, refused when it changed meanwhile. */
    public void reopen(long taskId, long version) {
        versioned(ownTask(taskId), version).reopen();
    }

    /**
     * Puts off one of the signed-in student's tasks until a day after their today, refused when it changed meanwhile.
     *
     * @throws org.rapport.platform.InvalidFieldException on {@code snoozeUntil} when the day is not after today
     */
    public void snooze(long taskId, long version, LocalDate until) {
        StudentRef student = access.currentStudentRef();
        versioned(ownTask(taskId), version).snooze(until, today(student));
    }

    private static StudentTask versioned(StudentTask task, long version) {
        if (task.getVersion() != version) {
            throw new ConcurrentChangeException("task " + task.getId());
        }
        return task;
    }

    private LocalDate today(StudentRef student) {
        return LocalDate.now(clock.withZone(student.zone()));
    }

    private StudentTask ownTask(long taskId) {
        long student = access.currentStudentRef().id();
        StudentTask task = entityManager.find(StudentTask.class, taskId);
        if (task == null || task.getStudent().getId() != student) {
            throw new NotFoundException("task", taskId);
        }
        return task;
    }

}
