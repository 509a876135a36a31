package org.rapport.meetings.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.rapport.meetings.MeetingPdf;
import org.rapport.meetings.MeetingService;
import org.rapport.meetings.MeetingView;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.web.ErrorResponses;

/**
 * Sends a meeting's question list as a PDF download ({@code ?id=…}): to the student under {@code /student/}, to
 * their caseload advisor under {@code /staff/} (web.xml lets only those roles reach each path). The service decides
 * whether this person may read the meeting; a refusal answers 403, an unknown or malformed id 404, each with the
 * usual error page.
 */
@WebServlet(name = "meetingPdf", urlPatterns = {"/student/meeting.pdf", "/staff/meeting.pdf"})
public class MeetingPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String BUNDLE = "org.rapport.i18n.messages";

    @Inject
    private MeetingService meetings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MeetingView view;
        try {
            view = meetings.view(id);
        } catch (AccessDeniedException refused) {
            // The service wrote the refusal to the audit log; the error page must not record it twice.
            request.setAttribute(ErrorResponses.DENIAL_AUDITED, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFoundException missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Rendered in full before anything is sent, so a failure still gets the error page, not half a file.
        byte[] pdf = MeetingPdf.render(view, ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"meeting-questions-" + view.id() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
