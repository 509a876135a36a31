package org.rapport.connectors;

import java.io.Serializable;
import org.rapport.organisations.Industry;

/** One row of a student's connector list (EL reads getters, so this is a class, not a record). */
public class ConnectorSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String fullName;
    private final String title;
    private final String organisationName;
    private final Industry industry;
    private final ConnectorLevel level;
    private final ContactChannel preferredChannel;
    private final boolean archived;
    private final boolean fromDirectory;

    public ConnectorSummary(long id, String fullName, String title, String organisationName, Industry industry,
                            ConnectorLevel level, ContactChannel preferredChannel, boolean archived,
                            Long directorySourceId) {
        this.id = id;
        this.fullName = fullName;
        this.title = title;
        this.organisationName = organisationName;
        this.industry = industry;
        this.level = level;
        this.preferredChannel = preferredChannel;
        this.archived = archived;
        this.fromDirectory = directorySourceId != null;
    }

    public long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
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

    public ConnectorLevel getLevel() {
        return level;
    }

    public ContactChannel getPreferredChannel() {
        return preferredChannel;
    }

    public boolean isArchived() {
        return archived;
    }

    public boolean isFromDirectory() {
        return fromDirectory;
    }
}
