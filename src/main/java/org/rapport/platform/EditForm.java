package org.rapport.platform;

import java.io.Serializable;

/**
 * What every form that adds or changes a record carries: which record it edits ({@code null} for a new one) and the
 * version it was filled from, so a record changed meanwhile in another tab is refused rather than overwritten.
 */
public abstract class EditForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    /** Fills the id and version from the record being edited. */
    protected void fillFrom(BaseEntity record) {
        this.id = record.getId();
        this.version = record.getVersion();
    }

    /** Whether the form adds a new record rather than changing one. */
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
