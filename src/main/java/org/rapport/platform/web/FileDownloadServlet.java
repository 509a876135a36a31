package org.rapport.platform.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.NotFoundException;

/**
 * A file made for one record ({@code ?id=…}) and sent as a download. A malformed or unknown id answers 404, a
 * refusal 403 (the service has audited it, so the error page does not record it again), each with the usual error
 * page. The file is made in full before anything is sent, so a failure still gets the error page, not half a file;
 * it is never cached (it holds a student's record).
 */
public abstract class FileDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** What to send. */
    public record Download(String contentType, String fileName, byte[] bytes) {
    }

    /**
     * Makes the file for record {@code id}.
     *
     * @throws AccessDeniedException when the signed-in person may not have it
     * @throws NotFoundException when there is no such record, or no file for it
     */
    protected abstract Download make(long id);

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Download file;
        try {
            file = make(id);
        } catch (AccessDeniedException refused) {
            request.setAttribute(ErrorResponses.DENIAL_AUDITED, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFoundException missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.bytes().length);
        response.getOutputStream().write(file.bytes());
    }
}
