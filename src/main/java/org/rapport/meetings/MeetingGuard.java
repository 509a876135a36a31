package org.rapport.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.rapport.people.Student;
import org.rapport.people.StudentAccess;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.NotFoundException;

/**
 * Loads meetings for the meeting services, with the access rule applied: the owner changes, the owner and the
 * student's caseload advisors read, everyone else is refused (audited by {@link StudentAccess}). Outreach services
 * (request, schedule, thank-you) load meetings through it too.
 */
@ApplicationScoped
public class MeetingGuard {

    @Inject
    private MeetingRepository meetings;

    @Inject
    private StudentAccess access;

    /** A meeting the signed-in student owns, for a change. */
    public Meeting own(long meetingId) {
        Meeting meeting = load(meetingId);
        access.checkCanChange(meeting.getStudent(), "meeting");
        return meeting;
    }

    /** The same, refused when the meeting was saved since {@code version} was read. */
    public Meeting own(long meetingId, long version) {
        Meeting meeting = own(meetingId);
        if (meeting.getVersion() != version) {
            throw new ConcurrentChangeException("meeting " + meetingId);
        }
        return meeting;
    }

    /** A meeting the signed-in person may read (owner or caseload advisor). */
    public Meeting readable(long meetingId) {
        Meeting meeting = load(meetingId);
        access.checkCanRead(meeting.getStudent(), "meeting");
        return meeting;
    }

    /** One item of a meeting the signed-in student owns. */
    MeetingQuestion ownItem(Meeting meeting, long itemId) {
        MeetingQuestion item = meetings.findPart(MeetingQuestion.class, itemId)
                .filter(found -> found.getMeeting().equals(meeting))
                .orElseThrow(() -> new NotFoundException("meeting item", itemId));
        return item;
    }

    public Student currentStudent() {
        return access.currentStudent();
    }

    private Meeting load(long meetingId) {
        return meetings.find(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
    }
}
