package org.rapport.research;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.rapport.organisations.Industry;

/**
 * A row of a notebook list, read in one query with its organisation's and connector's names (no entities loaded).
 * A class with getters rather than a record, because Jakarta EL 5 reads bean properties only.
 */
public final class NoteSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String title;
    private final String organisationName;
    private final Industry industry;
    private final String connectorName;
    private final List<String> tags;
    private final Instant updatedAt;

    public NoteSummary(long id, String title, String organisationName, Industry industry, String connectorName,
                       String tags, Instant updatedAt) {
        this.id = id;
        this.title = title;
        this.organisationName = organisationName;
        this.industry = industry;
        this.connectorName = connectorName;
        this.tags = Tags.split(tags);
        this.updatedAt = updatedAt;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public Industry getIndustry() {
        return industry;
    }

    public String getConnectorName() {
        return connectorName;
    }

    public List<String> getTags() {
        return tags;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The day of the last change (UTC), as the list shows it. */
    public LocalDate getUpdatedOn() {
        return LocalDate.ofInstant(updatedAt, ZoneOffset.UTC);
    }
}
