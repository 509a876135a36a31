package org.rapport.research;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import org.rapport.platform.BusinessException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.NotFoundException;

/**
 * The door to the parts of a note: sources, findings, hypotheses and their outcomes, news and salary research.
 * Only the note's student changes them. Every form names the note it belongs to and, when it changes a part, the
 * version it was filled from: a part of another note is "not found", a part changed meanwhile is refused with
 * {@link ConcurrentChangeException} and nothing is overwritten.
 */
@ApplicationScoped
@Transactional
public class NoteItemsService {

    @Inject
    private NotebookRepository notebook;

    @Inject
    private NoteGuard guard;

    private final Clock clock = Clock.systemUTC();

    /** Adds a source to one of the signed-in student's notes, or corrects one. */
    public void saveSource(long noteId, @NotNull @Valid SourceForm form) {
        if (form.isNew()) {
            notebook.add(new NoteSource(guard.ownNote(noteId), form.getUrl(), form.getPublication(),
                    form.getPublishedOn()));
        } else {
            current(NoteSource.class, noteId, form).cite(form.getUrl(), form.getPublication(), form.getPublishedOn());
        }
    }

    public void saveFinding(long noteId, @NotNull @Valid FindingForm form) {
        if (form.isNew()) {
            notebook.add(new Finding(guard.ownNote(noteId), form.getText()));
        } else {
            current(Finding.class, noteId, form).reword(form.getText());
        }
    }

    /** Adds a hypothesis, or corrects the wording of one no evidence has spoken to yet. */
    public void saveHypothesis(long noteId, @NotNull @Valid HypothesisForm form) {
        if (form.isNew()) {
            notebook.add(new Hypothesis(guard.ownNote(noteId), form.getStatement()));
        } else {
            current(Hypothesis.class, noteId, form).reword(form.getStatement());
        }
    }

    /** A form to record the outcome of testing one of the note's hypotheses, dated today. */
    public OutcomeForm outcomeFormFor(long noteId, long hypothesisId) {
        return OutcomeForm.of(guard.ownPart(Hypothesis.class, noteId, hypothesisId), LocalDate.now(clock));
    }

    /**
     * Records what a meeting (or other evidence) did to a hypothesis; the move is kept in its history.
     *
     * @throws NotebookException when the hypothesis's status does not allow that outcome
     */
    public void recordOutcome(long noteId, @NotNull @Valid OutcomeForm form) {
        Hypothesis hypothesis = current(Hypothesis.class, noteId, form);
        hypothesis.recordOutcome(form.getStatus(), form.getEvidence(),
                guard.connectorFor(hypothesis.getNote(), form.getConnectorId(), null, "connector"),
                form.getHeardOn(), form.getRewording());
    }

    public void saveNews(long noteId, @NotNull @Valid NewsForm form) {
        NewsItem item;
        if (form.isNew()) {
            item = new NewsItem(guard.ownNote(noteId), form.getText(), form.getUrl());
            notebook.add(item);
        } else {
            item = current(NewsItem.class, noteId, form);
            item.describe(form.getText(), form.getUrl());
        }
        item.aimAt(guard.connectorFor(item.getNote(), form.getConnectorId(), item.getMeantFor(), "connector"),
                form.isForUpcomingMeeting());
    }

    public void saveSalary(long noteId, @NotNull @Valid SalaryForm form) {
        if (form.isNew()) {
            notebook.add(new SalaryFinding(guard.ownNote(noteId), form.facts()));
        } else {
            current(SalaryFinding.class, noteId, form).revise(form.facts());
        }
    }

    /**
     * Removes a part of one of the signed-in student's notes (a hypothesis with its history).
     *
     * @throws NotFoundException when the part is gone already or belongs to another note
     */
    public void remove(long noteId, @NotNull PartKind kind, long partId) {
        NotePart part = guard.ownPart(kind.type(), noteId, partId);
        if (part instanceof Hypothesis hypothesis && !hypothesis.getHistory().isEmpty()) {
            // Its outcomes are evidence from meetings; they are never thrown away.
            throw new BusinessException("notebook.hypothesis.hasHistory");
        }
        notebook.remove(part);
    }

    /** Forms load parts for editing through here. */
    public SourceForm sourceForEditing(long noteId, long sourceId) {
        return SourceForm.of(guard.ownPart(NoteSource.class, noteId, sourceId));
    }

    public FindingForm findingForEditing(long noteId, long findingId) {
        return FindingForm.of(guard.ownPart(Finding.class, noteId, findingId));
    }

    public HypothesisForm hypothesisForEditing(long noteId, long hypothesisId) {
        return HypothesisForm.of(guard.ownPart(Hypothesis.class, noteId, hypothesisId));
    }

    public NewsForm newsForEditing(long noteId, long newsId) {
        return NewsForm.of(guard.ownPart(NewsItem.class, noteId, newsId));
    }

    public SalaryForm salaryForEditing(long noteId, long salaryId) {
        return SalaryForm.of(guard.ownPart(SalaryFinding.class, noteId, salaryId));
    }

    private <T extends NotePart> T current(Class<T> type, long noteId, PartForm form) {
        T part = guard.ownPart(type, noteId, form.getId());
        if (part.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException(type.getSimpleName());
        }
        return part;
    }
}
