package org.rapport.meetings.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Locale;
import java.util.ResourceBundle;
import org.rapport.meetings.MeetingPdf;
import org.rapport.meetings.MeetingService;
import org.rapport.meetings.MeetingView;
import org.rapport.platform.web.FileDownloadServlet;

/**
 * Sends a meeting's question list as a PDF download ({@code ?id=…}): to the student under {@code /student/}, to
 * their caseload advisor under {@code /staff/} (web.xml lets only those roles reach each path). The service decides
 * whether this person may read the meeting; a refusal answers 403, an unknown or malformed id 404, each with the
 * usual error page.
 */
@WebServlet(name = "meetingPdf", urlPatterns = {"/student/meeting.pdf", "/staff/meeting.pdf"})
public class MeetingPdfServlet extends FileDownloadServlet {

    private static final long serialVersionUID = 1L;

    private static final String BUNDLE = "org.rapport.i18n.messages";

    @Inject
    private MeetingService meetings;

    @Override
    protected Download make(long id) {
        MeetingView view = meetings.view(id);
        return new Download("application/pdf", "meeting-questions-" + view.id() + ".pdf",
                MeetingPdf.render(view, ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH)));
    }
}
