package org.rapport.calendar.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.rapport.calendar.IcsInvitation;
import org.rapport.calendar.InvitationDetails;
import org.rapport.outreach.lifecycle.ScheduleService;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.BusinessException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.web.FileDownloadServlet;

/**
 * Sends the student the .ics invitation of one of their scheduled meetings ({@code ?id=…}), to add to their own
 * calendar. The service decides whether this student may have it: another student's meeting answers 403, an
 * unknown or malformed id 404, and a meeting with no agreed time (yet, or any more) 404 too, each with the usual error
 * page.
 */
@WebServlet(name = "meetingIcs", urlPatterns = "/student/meeting.ics")
public class MeetingIcsServlet extends FileDownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScheduleService schedules;

    @Override
    protected Download make(long id) {
        InvitationDetails details;
        try {
            details = schedules.invitationFor(id);
        } catch (AccessDeniedException | NotFoundException refusedOrMissing) {
            throw refusedOrMissing;
        } catch (BusinessException notScheduled) {
            throw new NotFoundException("meeting invitation", id);
        }
        return new Download("text/calendar; charset=UTF-8", "meeting-" + id + ".ics", IcsInvitation.write(details));
    }
}
