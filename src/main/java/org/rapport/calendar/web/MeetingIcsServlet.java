package org.rapport.calendar.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rapport.calendar.IcsInvitation;
import org.rapport.calendar.InvitationDetails;
import org.rapport.outreach.lifecycle.ScheduleService;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.BusinessException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.web.ErrorResponses;

/**
 * Sends the student the .ics invitation of one of their scheduled meetings ({@code ?id=…}), to add to their own
 * calendar. The service decides whether this student may have it: another student's meeting answers 403, an
 * unknown or malformed id 404, and a meeting with no agreed time (yet, or any more) 404 too, each with the usual error
 * page.
 */
@WebServlet(name = "meetingIcs", urlPatterns = "/student/meeting.ics")
public class MeetingIcsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScheduleService schedules;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        InvitationDetails details;
        try {
            details = schedules.invitationFor(id);
        } catch (AccessDeniedException refused) {
            // The service wrote the refusal to the audit log; the error page must not record it twice.
            request.setAttribute(ErrorResponses.DENIAL_AUDITED, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFoundException missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (BusinessException notScheduled) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Written in full before anything is sent, so a failure still gets the error page, not half a file.
        byte[] ics = IcsInvitation.write(details);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"meeting-" + id + ".ics\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(ics.length);
        response.getOutputStream().write(ics);
    }
}
