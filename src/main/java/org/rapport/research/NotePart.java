package org.rapport.research;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/**
 * Something recorded inside a note (a source, a finding, a hypothesis, a news item, a salary figure): a row of its
 * own with its own version, tied for life to one note.
 */
@MappedSuperclass
public abstract class NotePart extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "note_id", nullable = false, updatable = false)
    private ResearchNote note;

    protected NotePart() {
        // for JPA
    }

    protected NotePart(ResearchNote note) {
        this.note = Require.present(note, "note");
    }

    public ResearchNote getNote() {
        return note;
    }

    /** Whether this part belongs to the note with this id (a screen's ids are checked against it). */
    public boolean belongsTo(long noteId) {
        return note.getId() != null && note.getId() == noteId;
    }
}
