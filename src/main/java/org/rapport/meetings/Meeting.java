package org.rapport.meetings;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position asc, id asc")
    private List<MeetingQuestion> questions = new ArrayList<>();

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
        if (newConnector.getOwner() == null || !newConnector.getOwner().equals(student)) {
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

    /**
     * Records that the conversation took place.
     *
     * @throws BusinessException when the state does not allow it, the day is in the future or the length is absurd
     */
    public void markHeld(LocalDate on, int minutes, LocalDate today) {
        moveTo(MeetingState.HELD);
        if (on == null || on.isAfter(today)) {
            throw new InvalidFieldException("heldOn", "meeting.held.future");
        }
        if (minutes < 1 || minutes > 600) {
            throw new InvalidFieldException("actualMinutes", "meeting.held.minutesRange");
        }
        this.heldOn = on;
        this.actualMinutes = minutes;
        this.state = MeetingState.HELD;
    }

    private void moveTo(MeetingState target) {
        if (!state.canMoveTo(target)) {
            throw new BusinessException("meeting.state.refused", state.name(), target.name());
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
}
