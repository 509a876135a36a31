package org.rapport.research;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rapport.connectors.Connector;
import org.rapport.people.StudentAccess;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.NotFoundException;

/**
 * The notebook services' shared checks: a note or part reached by an id from the address or a form is the signed-in
 * student's own (to change) or readable by them (the student, or a caseload advisor); a connector chosen in a form
 * is one of the student's own, live connectors. Unknown ids are "not found", others' notes "access denied".
 */
@ApplicationScoped
@Transactional
public class NoteGuard {

    private static final String WHAT = "research notebook";

    @Inject
    private NotebookRepository notebook;

    @Inject
    private StudentAccess access;

    /**
     * The note, if the signed-in person is its student.
     *
     * @throws NotFoundException when there is no such note
     * @throws AccessDeniedException when it is someone else's (audited)
     */
    public ResearchNote ownNote(long noteId) {
        ResearchNote note = notebook.findNote(noteId).orElseThrow(() -> new NotFoundException("research note", noteId));
        access.checkCanChange(note.getStudent(), WHAT);
        return note;
    }

    /** The note with its student, organisation and connector, if the signed-in person may read it (audited). */
    public ResearchNote readableNote(long noteId) {
        ResearchNote note = notebook.findComplete(noteId)
                .orElseThrow(() -> new NotFoundException("research note", noteId));
        access.checkCanRead(note.getStudent(), WHAT);
        return note;
    }

    /** A part of one of the signed-in student's notes; a part of another note counts as not found. */
    public <T extends NotePart> T ownPart(Class<T> type, long noteId, long partId) {
        ownNote(noteId);
        return notebook.findPart(type, partId).filter(part -> part.belongsTo(noteId))
                .orElseThrow(() -> new NotFoundException(type.getSimpleName(), partId));
    }

    /**
     * The connector a form chose for something in this note: {@code null} for none, the one already linked
     * ({@code current}) even if archived since, or else one of the student's own connectors that is not archived.
     *
     * @throws NotebookException (on {@code field}) for any other id
     */
    public Connector connectorFor(ResearchNote note, Long connectorId, Connector current, String field) {
        if (connectorId == null) {
            return null;
        }
        if (current != null && connectorId.equals(current.getId())) {
            return current;
        }
        return notebook.findConnector(connectorId)
                .filter(connector -> !connector.isArchived() && note.isOwnConnector(connector))
                .orElseThrow(() -> new NotebookException(field, "notebook.connector.unknown"));
    }

    /** The name used in audit entries and refusals. */
    static String what() {
        return WHAT;
    }
}
