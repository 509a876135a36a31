package org.rapport.research;

import java.io.Serializable;

/**
 * What every form for a part of a note carries: which part it edits ({@code null} for a new one) and the version it
 * was filled from, so a part changed meanwhile in another tab is not overwritten.
 */
public abstract class PartForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    void fillFrom(NotePart part) {
        this.id = part.getId();
        this.version = part.getVersion();
    }

    /** Whether the form adds a new part rather than changing one. */
    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
