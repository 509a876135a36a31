package org.rapport.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.rapport.people.Student;
import org.rapport.platform.BusinessException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.NotFoundException;
import org.rapport.research.MeetingResearch;
import org.rapport.research.NotebookItem;
import org.rapport.tasks.TaskKind;
import org.rapport.tasks.TaskService;

/**
 * The door to meeting mode, for the meeting's student during and right after the conversation: tick items asked,
 * skipped or out of time with a note (saved as they type), capture names the connector suggested, record what the
 * meeting did to their hypotheses (the note becomes the evidence in the notebook, linked to this meeting), and mark
 * the meeting held with its date and actual length.
 */
@ApplicationScoped
@Transactional
public class MeetingModeService {

    @Inject
    private MeetingGuard guard;

    @Inject
    private MeetingRepository meetings;

    @Inject
    private MeetingResearch research;

    @Inject
    private MeetingService meetingService;

    private final Clock clock = Clock.systemUTC();

    @Inject
    private TaskService tasks;

    @Inject
    private Event<MeetingHeld> held;

    @Inject
    private Event<NameCaptured> captured;

    /**
     * Opens meeting mode for the meeting's own student: the meeting, the held form and the hypotheses to test, read
     * in one transaction (so the meeting and the student are loaded once).
     */
    public MeetingModePage open(long meetingId) {
        Meeting meeting = guard.own(meetingId);
        return new MeetingModePage(meetingService.view(meetingId), heldForm(meeting), hypotheses(meeting));
    }

    /**
     * Records what happened to one item, with its note; returns the item's new version (the screen saves again with
     * it).
     *
     * @throws ConcurrentChangeException when the item was saved meanwhile from another window; the screen keeps the
     *     typed note
     */
    public long recordItem(long meetingId, long itemId, long version, @NotNull QuestionOutcome outcome, String note) {
        Meeting meeting = guard.own(meetingId);
        MeetingQuestion item = guard.ownItem(meeting, itemId);
        if (item.getVersion() != version) {
            throw new ConcurrentChangeException("meeting item " + itemId);
        }
        item.record(outcome, note == null || note.isBlank() ? null : note);
        meetings.flush();
        return item.getVersion();
    }

    public long addName(long meetingId, @NotNull @Valid NameForm form) {
        Meeting meeting = guard.own(meetingId);
        SuggestedName name = new SuggestedName(meeting, form.getName().strip(), form.getOrganisationName(),
                form.getNote());
        name.heard(form.getNamePermission(),
                form.isIntroducesFirst() ? ContactRoute.INTRODUCTION : ContactRoute.DIRECT);
        meetings.add(name);
        if (meeting.getState().isAfterConversation()) {
            captured.fire(new NameCaptured(name.getId()));
        }
        return name.getId();
    }

    public void removeName(long meetingId, long nameId) {
        Meeting meeting = guard.own(meetingId);
        SuggestedName name = meetings.findPart(SuggestedName.class, nameId)
                .filter(found -> found.getMeeting().equals(meeting))
                .orElseThrow(() -> new NotFoundException("suggested name", nameId));
        if (meetings.isReferral(nameId)) {
            // Its referral may have moved on; the referrals page is where it is changed or marked declined.
            throw new BusinessException("meetingMode.names.referred", name.getName());
        }
        meetings.remove(name);
    }

    /** The student's open hypotheses, those about this connector or organisation first. */
    public List<NotebookItem> hypothesesToTest(long meetingId) {
        return hypotheses(guard.own(meetingId));
    }

    private List<NotebookItem> hypotheses(Meeting meeting) {
        return research.openHypotheses(meeting.getStudent(), meeting.getConnector().getId(),
                meeting.getOrganisation() == null ? null : meeting.getOrganisation().getId());
    }

    /**
     * Confirms, refutes or refines one of the student's hypotheses with what was heard in this meeting: the change
     * joins the hypothesis's history with the connector, the day and this meeting.
     *
     * @throws org.rapport.research.NotebookException when the hypothesis's status does not allow that outcome
     */
    public void recordHypothesisOutcome(long meetingId, @NotNull @Valid HypothesisOutcomeForm form) {
        Meeting meeting = guard.own(meetingId);
        LocalDate heardOn = meeting.getHeldOn() == null ? today(meeting.getStudent()) : meeting.getHeldOn();
        research.recordMeetingOutcome(meeting.getStudent(), form.getHypothesisId(), form.getOutcome(),
                form.getEvidence().strip(), meeting.getConnector(), heardOn, meeting.getId(), form.getRewording());
    }

    /** A held form for today, with the planned length as the starting guess. */
    public HeldForm heldFormFor(long meetingId) {
        return heldForm(guard.own(meetingId));
    }

    private HeldForm heldForm(Meeting meeting) {
        return new HeldForm(meeting.getVersion(), today(meeting.getStudent()), meeting.getPlannedMinutes());
    }

    /**
     * Marks the meeting held on the given day with its actual length.
     *
     * @throws ConcurrentChangeException when the meeting was saved meanwhile
     * @throws org.rapport.platform.InvalidFieldException for a day in the future or an absurd length
     */
    public void markHeld(long meetingId, @NotNull @Valid HeldForm form) {
        Meeting meeting = guard.own(meetingId, form.getVersion());
        meeting.markHeld(form.getHeldOn(), form.getActualMinutes(), today(meeting.getStudent()),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        tasks.completeOpen(meeting.getId(), TaskKind.CONFIRM, null);
        // The thank-you is due within a day of the conversation.
        tasks.addOnce(meeting.getStudent(), meeting.getId(), meeting.getConnector().getId(), TaskKind.THANK_YOU,
                meeting.getConnector().getFullName(), form.getHeldOn().plusDays(1),
                "THANK_YOU:m" + meeting.getId());
        held.fire(new MeetingHeld(meeting.getId()));
    }

    private LocalDate today(Student student) {
        ZoneId zone = student.zone();
        return LocalDate.now(clock.withZone(zone));
    }
}
