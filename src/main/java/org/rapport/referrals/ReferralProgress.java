package org.rapport.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rapport.connectors.Connector;
import org.rapport.meetings.Meeting;
import org.rapport.meetings.MeetingHeld;
import org.rapport.meetings.MeetingRepository;
import org.rapport.meetings.NameCaptured;
import org.rapport.meetings.NamePermission;
import org.rapport.meetings.SuggestedName;
import org.rapport.people.Student;
import org.rapport.tasks.TaskKind;
import org.rapport.tasks.TaskService;

/**
 * Referrals moving with the meetings, inside the caller's transaction (the caller has checked access): names
 * captured in a held meeting become referrals; a request to a referred person moves their referral to "meeting
 * requested"; when the meeting is held it is "met" and the referrer gets their update task. It also tells the
 * composer who referred the student to a connector and who a referrer offered to introduce.
 */
@ApplicationScoped
public class ReferralProgress {

    /** The referrer's update is due this many days after the meeting (the thank-you comes first, the next day). */
    static final int UPDATE_DAYS = 3;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private ReferralService service;

    @Inject
    private ReferralSettings settings;

    @Inject
    private MeetingRepository meetings;

    @Inject
    private TaskService tasks;

    private final Clock clock = Clock.systemUTC();

    void onHeld(@Observes MeetingHeld event) {
        Meeting meeting = meetings.find(event.meetingId()).orElseThrow();
        LocalDate today = today(meeting.getStudent());
        for (SuggestedName name : referrals.listUnreferredNames(meeting.getId())) {
            adopt(name, meeting, today);
        }
        Student student = meeting.getStudent();
        List<Referral> toThem = referrals.listToConnector(student.getId(), meeting.getConnector().getId());
        for (Referral referral : toThem) {
            if (referral.getStatus().canMoveTo(ReferralStatus.MET)) {
                referral.moveTo(ReferralStatus.MET, today);
                service.scheduleCheckIn(referral);
            }
        }
        if (!toThem.isEmpty()) {
            Connector referrer = toThem.get(0).getReferrer();
            tasks.addOnce(student, meeting.getId(), referrer.getId(), TaskKind.UPDATE_REFERRER,
                    referrer.getFullName(), meeting.getHeldOn().plusDays(UPDATE_DAYS),
                    "UPDATE_REFERRER:m" + meeting.getId());
        }
    }

    void onCaptured(@Observes NameCaptured event) {
        SuggestedName name = referrals.findOther(SuggestedName.class, event.nameId()).orElseThrow();
        adopt(name, name.getMeeting(), today(name.getMeeting().getStudent()));
    }

    /** A request to this meeting's connector was sent: their open referrals are now "meeting requested". */
    public void requested(Meeting meeting) {
        LocalDate today = today(meeting.getStudent());
        for (Referral referral : referrals.listToConnector(meeting.getStudent().getId(),
                meeting.getConnector().getId())) {
            // A stalled referral picks up again; met and declined ones stay as they are.
            if (referral.getStatus().canMoveTo(ReferralStatus.MEETING_REQUESTED)) {
                referral.moveTo(ReferralStatus.MEETING_REQUESTED, today);
                service.scheduleCheckIn(referral);
            }
        }
    }

    /**
     * Who referred {@code student} to {@code connector}: a referral (one with permission first), otherwise the
     * "referred by" the student entered on the connector.
     */
    public Optional<ReferralSource> sourceFor(Student student, Connector connector) {
        List<Referral> toThem = referrals.listToConnector(student.getId(), connector.getId());
        if (!toThem.isEmpty()) {
            Referral first = toThem.get(0);
            return Optional.of(new ReferralSource(first.getReferrer(), first.getNamePermission(), true));
        }
        return Optional.ofNullable(connector.getReferredBy())
                .map(referrer -> new ReferralSource(referrer, NamePermission.YES, false));
    }

    /** The people the connector met in this meeting offered to introduce the student to. */
    public List<String> introductions(long meetingId) {
        return referrals.listIntroductions(meetingId);
    }

    private void adopt(SuggestedName name, Meeting meeting, LocalDate today) {
        LocalDate base = meeting.getHeldOn() == null ? today : meeting.getHeldOn();
        LocalDate checkIn = base.plusDays(settings.checkInDays());
        if (!checkIn.isAfter(today)) {
            checkIn = today.plusDays(1);
        }
        Referral referral = Referral.fromSuggestedName(name, today, checkIn);
        referrals.add(referral);
        referrals.flush();
        service.scheduleCheckIn(referral);
    }

    private LocalDate today(Student student) {
        return LocalDate.now(clock.withZone(student.zone()));
    }
}
