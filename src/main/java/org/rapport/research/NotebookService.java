package org.rapport.research;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.rapport.organisations.Organisation;
import org.rapport.people.Student;
import org.rapport.people.StudentAccess;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.PageRequest;

/**
 * The door to research notebooks: listing, writing and reading notes. A notebook is its student's to change and
 * their caseload advisors' to read (audited, through {@link StudentAccess}); administrators and other students are
 * refused. The parts inside a note are changed through {@link NoteItemsService}.
 */
@ApplicationScoped
@Transactional
public class NotebookService {

    private static final int MAX_SUGGESTIONS = 10;

    @Inject
    private NotebookRepository notebook;

    @Inject
    private StudentAccess access;

    @Inject
    private NoteGuard guard;

    /** One page of the signed-in student's notes. */
    public List<NoteSummary> listOwnNotes(@NotNull @Valid PageRequest request) {
        return notebook.listSummaries(access.currentStudent().getId(), request);
    }

    /** How many of the signed-in student's notes match {@code filter} ({@code null}: all of them). */
    public long countOwnNotes(String filter) {
        return notebook.countSummaries(access.currentStudent().getId(), filter);
    }

    /**
     * Opens a student's notebook for a caseload advisor (or the student): the student, if the signed-in person may
     * read it. This read is audited; paging through the list afterwards is checked again but not audited anew.
     */
    public Student openNotebookOf(long studentId) {
        return access.readableStudent(studentId, NoteGuard.what());
    }

    /** One page of a student's notes, for a caseload advisor. */
    public List<NoteSummary> listNotesOf(long studentId, @NotNull @Valid PageRequest request) {
        return notebook.listSummaries(readerChecked(studentId), request);
    }

    public long countNotesOf(long studentId, String filter) {
        return notebook.countSummaries(readerChecked(studentId), filter);
    }

    private long readerChecked(long studentId) {
        if (access.isCaseloadAdvisorOf(studentId)) {
            return studentId;
        }
        Student student = notebook.findStudent(studentId)
                .orElseThrow(() -> new NotFoundException("student", studentId));
        if (!access.isOwner(student) && !access.isCaseloadAdvisor(student)) {
            throw access.denied(NoteGuard.what(), studentId);
        }
        return studentId;
    }

    /** An empty note form for the signed-in student. */
    public NoteForm newNote() {
        access.currentStudent();
        return new NoteForm();
    }

    /** One of the signed-in student's notes, ready to edit. */
    public NoteForm noteForEditing(long noteId) {
        return NoteForm.of(guard.ownNote(noteId));
    }

    /**
     * Saves a note of the signed-in student: a new one, or changes to one of theirs unless it changed since the
     * form was filled.
     *
     * @return the note's id
     * @throws ConcurrentChangeException when the note was saved meanwhile; nothing is changed
     * @throws NotebookException when the organisation or connector is not one the student may choose
     */
    public long saveNote(@NotNull @Valid NoteForm form) {
        ResearchNote note;
        if (form.isNew()) {
            note = new ResearchNote(access.currentStudent(), form.getTitle());
        } else {
            note = guard.ownNote(form.getId());
            if (note.getVersion() != form.getVersion()) {
                throw new ConcurrentChangeException(note.getTitle());
            }
        }
        Organisation organisation = form.getOrganisationName() == null ? null
                : notebook.findOrganisationByName(form.getOrganisationName())
                        .orElseThrow(() -> new NotebookException("organisation", "notebook.organisation.unknown"));
        note.write(form.getTitle(), form.getBody());
        note.concern(organisation, form.getIndustry(),
                guard.connectorFor(note, form.getConnectorId(), note.getConnector(), "connector"));
        note.retag(form.getTags());
        if (form.isNew()) {
            notebook.add(note);
        }
        return note.getId();
    }

    /** One of the signed-in student's notes with everything in it, to show and edit. */
    public NoteView viewOwnNote(long noteId) {
        guard.ownNote(noteId);
        return viewOf(notebook.findComplete(noteId).orElseThrow(() -> new NotFoundException("research note", noteId)));
    }

    /**
     * A note with everything in it, for its student or a caseload advisor (whose read is audited).
     *
     * @throws AccessDeniedException for anyone else, administrators included
     */
    public NoteView viewNote(long noteId) {
        return viewOf(guard.readableNote(noteId));
    }

    private NoteView viewOf(ResearchNote note) {
        return new NoteView(note, notebook.listSources(note), notebook.listFindings(note),
                notebook.listHypotheses(note), notebook.listNews(note), notebook.listSalaries(note));
    }

    /** The signed-in student's connectors a pick list may offer. */
    public List<ConnectorOption> ownConnectorChoices() {
        return notebook.listConnectorOptions(access.currentStudent().getId());
    }

    /** Names of organisations in the office's directory that contain {@code text}, for suggestions. */
    public List<String> suggestOrganisations(String text) {
        return text == null || text.isBlank() ? List.of()
                : notebook.suggestOrganisationNames(text, MAX_SUGGESTIONS);
    }
}
