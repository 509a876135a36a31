package org.rapport.outreach.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.rapport.calendar.MeetingTimes;
import org.rapport.calendar.TimeWindow;
import org.rapport.meetings.Meeting;
import org.rapport.meetings.MeetingGuard;
import org.rapport.outreach.MessageKind;
import org.rapport.platform.BusinessException;
import org.rapport.platform.InvalidFieldException;
import org.rapport.platform.NotFoundException;

/**
 * The times a student offers in a request, for the meeting's own student: typed in their zone, shown in both
 * theirs and the connector's, at most five, only while the meeting is not yet booked.
 */
@ApplicationScoped
@Transactional
public class OfferedWindowService {

    @Inject
    private MeetingGuard guard;

    @Inject
    private ComposerRepository repository;

    @Inject
    private ComposerDrafts drafts;

    private final Clock clock = Clock.systemUTC();

    /**
     * Adds a time the student can offer, typed in their own zone.
     *
     * @throws InvalidFieldException for a missing or impossible date or time, an end not after the start, a time
     *         in the past
     * @throws BusinessException when five windows are already offered, or the meeting is already booked or over
     */
    public List<OfferedWindow> addWindow(long meetingId, @NotNull WindowForm form) {
        Meeting meeting = guard.own(meetingId);
        if (meeting.getState().isBooked() || meeting.getState().isFinished()
                || meeting.getState().isAfterConversation()) {
            throw new BusinessException("composer.window.notNow");
        }
        if (repository.listWindows(meetingId).size() >= MeetingWindow.MAX_PER_MEETING) {
            throw new BusinessException("composer.window.tooMany", MeetingWindow.MAX_PER_MEETING);
        }
        ZoneId zone = meeting.getStudent().zone();
        Instant start = MeetingTimes.resolve(form.getDate(), form.getFrom(), zone, "date", "from").instant();
        Instant end = MeetingTimes.resolve(form.getDate(), form.getTo(), zone, "date", "to").instant();
        if (!end.isAfter(start)) {
            throw new InvalidFieldException("to", "composer.window.order");
        }
        if (!start.isAfter(Instant.now(clock))) {
            throw new InvalidFieldException("date", "composer.window.past");
        }
        repository.add(new MeetingWindow(meeting, new TimeWindow(start, end)));
        repository.flush();
        return windows(meetingId);
    }

    public List<OfferedWindow> removeWindow(long meetingId, long windowId) {
        Meeting meeting = guard.own(meetingId);
        MeetingWindow window = repository.findWindow(windowId)
                .filter(found -> found.getMeeting().getId().equals(meeting.getId()))
                .orElseThrow(() -> new NotFoundException("meeting window", windowId));
        repository.remove(window);
        repository.flush();
        return windows(meetingId);
    }

    /** The windows offered for a meeting, each in the student's zone and the connector's. */
    public List<OfferedWindow> windows(long meetingId) {
        return drafts.windows(drafts.context(ComposerTarget.ofMeeting(meetingId, MessageKind.REQUEST)));
    }

}
