package org.rapport.outreach.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.rapport.calendar.MeetingTimes;
import org.rapport.meetings.Meeting;
import org.rapport.meetings.MeetingAction;
import org.rapport.meetings.MeetingEvent;
import org.rapport.meetings.MeetingGuard;
import org.rapport.meetings.MeetingSchedule;
import org.rapport.meetings.MeetingState;
import org.rapport.outreach.MessageKind;
import org.rapport.outreach.compose.ComposerRepository;
import org.rapport.outreach.compose.MeetingMessage;
import org.rapport.people.StudentAccess;
import org.rapport.platform.InvalidFieldException;
import org.rapport.referrals.ReferralProgress;
import org.rapport.tasks.TaskService;

/**
 * The door to a meeting's lifecycle on the meeting page: what happens next (read by the owner and their caseload
 * advisors), and the connector's answers and the student's own acts that are not messages — an objection, a
 * decline, cancelling and closing. Every act goes through the meeting's named verbs, so an act the stage does not
 * allow is refused, and every act lands in the timeline.
 */
@ApplicationScoped
@Transactional
public class LifecycleService {

    private static final DateTimeFormatter TIMELINE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z",
            Locale.ENGLISH);

    @Inject
    private MeetingGuard guard;

    @Inject
    private ReferralProgress referrals;

    @Inject
    private StudentAccess access;

    @Inject
    private TaskService tasks;

    @Inject
    private ComposerRepository messages;

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    /** What happens next for a meeting the signed-in person may read; only its student gets acts. */
    public LifecyclePanel panel(long meetingId) {
        Meeting meeting = guard.readable(meetingId);
        boolean owner = access.isOwner(meeting.getStudent());
        MeetingState state = meeting.getState();
        LifecyclePanel.Acts acts = new LifecyclePanel.Acts(
                owner && meeting.allows(MeetingAction.SCHEDULE),
                owner && meeting.allows(MeetingAction.RESCHEDULE),
                owner && meeting.allows(MeetingAction.RECORD_OBJECTION),
                owner && meeting.allows(MeetingAction.RECORD_DECLINE),
                owner && meeting.allows(MeetingAction.CANCEL),
                owner && meeting.allows(MeetingAction.CLOSE));
        ZoneId studentZone = meeting.getStudent().zone();
        // Who referred the student matters once they have met (the update, the check-in); not asked before, and
        // once the update went out there is nothing more to tell them.
        boolean referred = state.isAfterConversation()
                && referrals.sourceFor(meeting.getStudent(), meeting.getConnector()).isPresent();
        boolean toUpdate = referred && !(state == MeetingState.THANKED && updateSent(meetingId));
        return new LifecyclePanel(meeting.getId(), meeting.getVersion(), state,
                meeting.getConnector().getFullName(), owner, toUpdate, acts,
                schedule(meeting), objections(meetingId),
                owner ? composerKinds(meeting, toUpdate) : List.of(), timeline(meetingId, studentZone));
    }

    /** A fresh objection form dated today in the student's zone. */
    public ObjectionForm objectionFormFor(long meetingId) {
        Meeting meeting = guard.own(meetingId);
        return new ObjectionForm(meeting.getVersion(), today(meeting));
    }

    /**
     * The connector answered with an objection: it is kept (coded, for the office's statistics) and the meeting
     * moves to "objection raised".
     *
     * @throws InvalidFieldException ("raisedOn") for a day after today
     */
    public void recordObjection(long meetingId, @NotNull @Valid ObjectionForm form) {
        Meeting meeting = guard.own(meetingId, form.getVersion());
        if (form.getRaisedOn().isAfter(today(meeting))) {
            throw new InvalidFieldException("raisedOn", "lifecycle.objection.future");
        }
        meeting.recordObjection(now(), english(form.getKind().messageKey(), form.getKind().name()));
        entityManager.persist(new MeetingObjection(meeting, form.getKind(), form.getNote(), form.getRaisedOn()));
    }

    /** The connector said no; the meeting's open tasks (a follow-up) are no longer needed. */
    public void recordDecline(long meetingId, long version, String note) {
        Meeting meeting = guard.own(meetingId, version);
        meeting.recordDecline(now(), note);
        tasks.completeOpen(meetingId, null, null);
    }

    /** Calls the meeting off; its open tasks are closed with it. */
    public void cancel(long meetingId, long version, String reason) {
        Meeting meeting = guard.own(meetingId, version);
        meeting.cancel(now(), reason);
        tasks.completeOpen(meetingId, null, null);
    }

    /** Nothing more to do for this meeting. */
    public void close(long meetingId, long version) {
        guard.own(meetingId, version).close(now(), null);
    }

    private static LifecyclePanel.Schedule schedule(Meeting meeting) {
        MeetingSchedule agreed = meeting.getSchedule();
        if (agreed == null) {
            return null;
        }
        int minutes = meeting.getPlannedMinutes();
        return new LifecyclePanel.Schedule(
                MeetingTimes.describe(agreed.getStartsAt(), minutes, agreed.connectorZone()),
                MeetingTimes.describe(agreed.getStartsAt(), minutes, agreed.studentZone()),
                agreed.zonesDiffer(), minutes, agreed.getMode(), agreed.getPlace(), agreed.getCaller(),
                agreed.isMeal(), meeting.getState().isBooked());
    }

    private List<LifecyclePanel.Objection> objections(long meetingId) {
        return entityManager.createQuery("select o from MeetingObjection o where o.meeting.id = :meeting"
                        + " order by o.raisedOn, o.id", MeetingObjection.class)
                .setParameter("meeting", meetingId).getResultList().stream()
                .map(o -> new LifecyclePanel.Objection(o.getKind(), o.getNote(), o.getRaisedOn())).toList();
    }

    /** Whether the update to the person who referred the student to this meeting's connector has been sent. */
    private boolean updateSent(long meetingId) {
        return messages.findDraft(MeetingMessage.keyFor(meetingId, MessageKind.REFERRER_UPDATE))
                .filter(MeetingMessage::isSent).isPresent();
    }

    /** The messages worth writing at this stage, the next step first. */
    private List<MessageKind> composerKinds(Meeting meeting, boolean referrerToUpdate) {
        List<MessageKind> kinds = new ArrayList<>();
        switch (meeting.getState()) {
            case PLANNED -> kinds.add(MessageKind.REQUEST);
            case REQUESTED -> kinds.add(MessageKind.FOLLOW_UP);
            case OBJECTION -> kinds.add(MessageKind.OBJECTION_REPLY);
            case SCHEDULED -> kinds.add(MessageKind.CONFIRMATION);
            case HELD -> kinds.add(MessageKind.THANK_YOU);
            case THANKED -> {
                if (referrerToUpdate) {
                    kinds.add(MessageKind.REFERRER_UPDATE);
                }
            }
            default -> {
                // nothing to write at this stage
            }
        }
        if (meeting.getState().isAfterConversation() && !referrals.introductions(meeting.getId()).isEmpty()) {
            kinds.add(MessageKind.CHECK_IN);
        }
        return kinds;
    }

    /** Every act in order, read in one query, times in the student's zone. */
    private List<LifecyclePanel.Step> timeline(long meetingId, ZoneId studentZone) {
        return entityManager.createQuery("select e from MeetingEvent e where e.meeting.id = :meeting"
                        + " order by e.occurredAt, e.id", MeetingEvent.class)
                .setParameter("meeting", meetingId).getResultList().stream()
                .map(e -> new LifecyclePanel.Step(e.getAction().messageKey(), e.getFromState(), e.getToState(),
                        e.getOccurredAt().atZone(studentZone).format(TIMELINE), e.getDetail()))
                .toList();
    }

    private LocalDate today(Meeting meeting) {
        return LocalDate.now(clock.withZone(meeting.getStudent().zone()));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** English wording for a timeline detail (the timeline keeps text, not keys); the fallback if it is missing. */
    private static String english(String key, String fallback) {
        try {
            return ResourceBundle.getBundle("org.rapport.i18n.messages", Locale.ENGLISH).getString(key);
        } catch (MissingResourceException missing) {
            return fallback;
        }
    }
}
