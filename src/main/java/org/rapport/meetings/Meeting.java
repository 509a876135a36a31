package org.rapport.meetings;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.connectors.Connector;
import org.rapport.organisations.Organisation;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.BundleKey;
import org.rapport.platform.BusinessException;
import org.rapport.platform.InvalidFieldException;
import org.rapport.platform.Require;

/**
 * One informational interview a student prepares and holds with one of their own connectors: its purpose, the
 * length they asked for, its state and, once held, the date and how long it actually took. It owns the ranked
 * question list; every change to the list bumps {@code listRevision}, so a screen that ranked a stale list is
 * merged rather than obeyed blindly.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int PURPOSE_LENGTH = 500;
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 120;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Student student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "connector_id", nullable = false)
    private Connector connector;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @NotBlank(message = "{meeting.purpose.required}")
    @Size(max = PURPOSE_LENGTH, message = "{field.tooLong}")
    @Column(name = "purpose", length = PURPOSE_LENGTH, nullable = false)
    private String purpose;

    @Column(name = "planned_minutes", nullable = false)
    private int plannedMinutes;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "state", length = 20, nullable = false)
    private MeetingState state = MeetingState.PLANNED;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "actual_minutes")
    private Integer actualMinutes;

    @Column(name = "list_revision", nullable = false)
    private long listRevision;

    @Column(name = "requested_on")
    private LocalDate requestedOn;

    @Column(name = "thanked_on")
    private LocalDate thankedOn;

    /**
     * Never null: an unscheduled meeting holds an empty schedule, so its NOT NULL {@code meal} column is written as
     * false (Hibernate would write NULL into every column of a null embeddable).
     */
    @Embedded
    private MeetingSchedule schedule = new MeetingSchedule();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position asc, id asc")
    private List<MeetingQuestion> questions = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt asc, id asc")
    private List<MeetingEvent> timeline = new ArrayList<>();

    protected Meeting() {
        // for JPA
    }

    /**
     * A meeting the student starts preparing.
     *
     * @throws IllegalArgumentException when the connector is not the student's own
     */
    public Meeting(Student student, Connector connector, Organisation organisation, String purpose,
                   int plannedMinutes) {
        this.student = Require.present(student, "student");
        plan(connector, organisation, purpose, plannedMinutes);
    }

    /** Changes who, where, why and how long, while the meeting is being prepared. */
    public void plan(Connector newConnector, Organisation newOrganisation, String newPurpose, int newPlannedMinutes) {
        Require.present(newConnector, "connector");
        // Compared by id once stored: the owner may be a lazy proxy of the same student.
        Student owner = newConnector.getOwner();
        if (owner == null || owner != student && (owner.getId() == null || !owner.getId().equals(student.getId()))) {
            throw new IllegalArgumentException("connector " + newConnector.getId() + " is not the student's own");
        }
        if (newPlannedMinutes < MIN_MINUTES || newPlannedMinutes > MAX_MINUTES) {
            throw new InvalidFieldException("customMinutes", "meeting.length.range", MIN_MINUTES, MAX_MINUTES);
        }
        this.connector = newConnector;
        this.organisation = newOrganisation;
        this.purpose = Require.text(newPurpose, PURPOSE_LENGTH, "purpose");
        this.plannedMinutes = newPlannedMinutes;
    }

    /** Starts the timeline; called once by the service that persists a new meeting. */
    public void recordPlanned(Instant at) {
        if (timeline.isEmpty()) {
            timeline.add(new MeetingEvent(this, MeetingAction.PLAN, null, MeetingState.PLANNED, at, null));
        }
    }

    /**
     * The request went out on the given day (not after today).
     *
     * @throws BusinessException when the state does not allow it
     */
    public void markRequestSent(LocalDate on, LocalDate today, Instant at, String detail) {
        check(MeetingAction.MARK_REQUEST_SENT);
        requirePastOrToday(on, today, "sentOn");
        this.requestedOn = on;
        move(MeetingAction.MARK_REQUEST_SENT, at, detail);
    }

    /** A polite follow-up went out after no answer. */
    public void markFollowUpSent(LocalDate on, LocalDate today, Instant at, String detail) {
        check(MeetingAction.MARK_FOLLOW_UP_SENT);
        requirePastOrToday(on, today, "sentOn");
        move(MeetingAction.MARK_FOLLOW_UP_SENT, at, detail);
    }

    /** The connector answered with an objection; the objection itself is kept by the service. */
    public void recordObjection(Instant at, String detail) {
        move(MeetingAction.RECORD_OBJECTION, at, detail);
    }

    /** The student answered the objection: waiting for an answer again, and the follow-up clock restarts. */
    public void markObjectionAnswered(LocalDate on, LocalDate today, Instant at, String detail) {
        check(MeetingAction.MARK_OBJECTION_ANSWERED);
        requirePastOrToday(on, today, "sentOn");
        this.requestedOn = on;
        move(MeetingAction.MARK_OBJECTION_ANSWERED, at, detail);
    }

    public void recordDecline(Instant at, String detail) {
        move(MeetingAction.RECORD_DECLINE, at, detail);
    }

    /**
     * A time is agreed (or changed, when already booked). The length agreed replaces the planned length, which
     * moves the question list's time line with it.
     *
     * @throws InvalidFieldException when the start is not in the future or the length is out of range
     */
    public void schedule(MeetingSchedule agreed, int minutes, Instant now, String detail) {
        MeetingAction action = state.isBooked() ? MeetingAction.RESCHEDULE : MeetingAction.SCHEDULE;
        check(action);
        Require.present(agreed, "agreed");
        if (!agreed.getStartsAt().isAfter(now)) {
            throw new InvalidFieldException("startDate", "meeting.schedule.past");
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new InvalidFieldException("minutes", "meeting.length.range", MIN_MINUTES, MAX_MINUTES);
        }
        this.schedule = agreed;
        this.plannedMinutes = minutes;
        move(action, now, detail);
    }

    public void markConfirmed(Instant at, String detail) {
        move(MeetingAction.MARK_CONFIRMED, at, detail);
    }

    /**
     * Records that the conversation took place.
     *
     * @throws BusinessException when the state does not allow it, the day is in the future or the length is absurd
     */
    public void markHeld(LocalDate on, int minutes, LocalDate today, Instant at) {
        check(MeetingAction.MARK_HELD);
        if (on == null || on.isAfter(today)) {
            throw new InvalidFieldException("heldOn", "meeting.held.future");
        }
        if (minutes < 1 || minutes > 600) {
            throw new InvalidFieldException("actualMinutes", "meeting.held.minutesRange");
        }
        this.heldOn = on;
        this.actualMinutes = minutes;
        move(MeetingAction.MARK_HELD, at, null);
    }

    /** The thank-you went out. */
    public void markThanked(LocalDate on, LocalDate today, Instant at, String detail) {
        check(MeetingAction.MARK_THANKED);
        requirePastOrToday(on, today, "sentOn");
        if (heldOn != null && on.isBefore(heldOn)) {
            throw new InvalidFieldException("sentOn", "meeting.thanked.beforeHeld");
        }
        this.thankedOn = on;
        move(MeetingAction.MARK_THANKED, at, detail);
    }

    public void close(Instant at, String detail) {
        move(MeetingAction.CLOSE, at, detail);
    }

    public void cancel(Instant at, String detail) {
        move(MeetingAction.CANCEL, at, detail);
    }

    /** Whether the act is allowed now (screens show only the acts that are). */
    public boolean allows(MeetingAction action) {
        return action.allowedFrom(state);
    }

    private void check(MeetingAction action) {
        if (!action.allowedFrom(state)) {
            throw new BusinessException("meeting.state.refused", new BundleKey(state.messageKey()),
                    new BundleKey(action.messageKey()));
        }
    }

    private void move(MeetingAction action, Instant at, String detail) {
        check(action);
        MeetingState from = state;
        state = action.target();
        timeline.add(new MeetingEvent(this, action, from, state, Require.present(at, "at"), detail));
    }

    private static void requirePastOrToday(LocalDate on, LocalDate today, String field) {
        if (on == null || on.isAfter(today)) {
            throw new InvalidFieldException(field, "meeting.sent.future");
        }
    }

    /** Adds an item at the end of the list. */
    public MeetingQuestion add(MeetingQuestion.Draft draft) {
        checkPreparing();
        MeetingQuestion item = new MeetingQuestion(this, questions.size(), draft);
        questions.add(item);
        listRevision++;
        return item;
    }

    /** Takes an item off the list; a must-ask item only when the student says they mean it. */
    public void remove(MeetingQuestion item, boolean knowingly) {
        checkPreparing();
        if (item.isMustAsk() && !knowingly) {
            throw new BusinessException("meeting.list.mustAskRemoval");
        }
        questions.remove(item);
        renumber(ordered());
    }

    /**
     * Puts the list in the given order (every item once), then keeps must-ask items above the time line.
     *
     * @return whether must-ask items had to be lifted
     */
    public boolean rank(List<Long> order) {
        checkPreparing();
        Map<Long, MeetingQuestion> byId = new HashMap<>();
        questions.forEach(item -> byId.put(item.getId(), item));
        if (order.size() != questions.size() || !byId.keySet().containsAll(order)) {
            throw new IllegalArgumentException("an order names every item once");
        }
        List<MeetingQuestion> wanted = order.stream().map(byId::get).toList();
        List<MeetingQuestion> kept = QuestionRanking.keepMustAskInTime(wanted, plannedMinutes);
        renumber(kept);
        return !kept.equals(wanted);
    }

    private void renumber(List<MeetingQuestion> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i);
        }
        listRevision++;
    }

    /** @throws BusinessException once the meeting was held: its list is then the record of what was asked */
    public void checkPreparing() {
        if (!state.isPreparing()) {
            throw new BusinessException("meeting.list.closed");
        }
    }

    /** The list in its ranked order. */
    public List<MeetingQuestion> ordered() {
        return questions.stream().sorted(Comparator.comparingInt(MeetingQuestion::getPosition)
                .thenComparing(MeetingQuestion::getId, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    public List<Long> orderedIds() {
        return ordered().stream().map(MeetingQuestion::getId).toList();
    }

    public Student getStudent() {
        return student;
    }

    public Connector getConnector() {
        return connector;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getPurpose() {
        return purpose;
    }

    public int getPlannedMinutes() {
        return plannedMinutes;
    }

    public MeetingState getState() {
        return state;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public Integer getActualMinutes() {
        return actualMinutes;
    }

    public long getListRevision() {
        return listRevision;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public LocalDate getThankedOn() {
        return thankedOn;
    }

    /** The agreed schedule, or {@code null} before one was agreed. */
    public MeetingSchedule getSchedule() {
        return schedule == null || !schedule.isSet() ? null : schedule;
    }

    public List<MeetingEvent> getTimeline() {
        return List.copyOf(timeline);
    }
}
