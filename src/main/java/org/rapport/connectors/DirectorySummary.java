package org.rapport.connectors;

import java.io.Serializable;
import java.time.LocalDate;
import org.rapport.organisations.Industry;

/**
 * One volunteer of the office directory as lists show them, with the open requests that count against their
 * fatigue cap right now and the cap that applies.
 */
public class DirectorySummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String fullName;
    private final String title;
    private final String organisationName;
    private final Industry industry;
    private final ConnectorLevel level;
    private final String consentScope;
    private final LocalDate consentGivenOn;
    private final boolean archived;
    private final long openRequests;
    private final Integer capRequestsOverride;
    private final Integer capDaysOverride;
    private FatigueCap cap;

    public DirectorySummary(long id, String fullName, String title, String organisationName, Industry industry,
                            ConnectorLevel level, String consentScope, LocalDate consentGivenOn, boolean archived,
                            long openRequests, Integer capRequestsOverride, Integer capDaysOverride) {
        this.id = id;
        this.fullName = fullName;
        this.title = title;
        this.organisationName = organisationName;
        this.industry = industry;
        this.level = level;
        this.consentScope = consentScope;
        this.consentGivenOn = consentGivenOn;
        this.archived = archived;
        this.openRequests = openRequests;
        this.capRequestsOverride = capRequestsOverride;
        this.capDaysOverride = capDaysOverride;
    }

    /** Applies the office default where the volunteer has no override. */
    DirectorySummary withOfficeCap(FatigueCap officeCap) {
        this.cap = FatigueCap.forOverride(capRequestsOverride, capDaysOverride, officeCap);
        return this;
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

    public String getConsentScope() {
        return consentScope;
    }

    public LocalDate getConsentGivenOn() {
        return consentGivenOn;
    }

    public boolean isArchived() {
        return archived;
    }

    public long getOpenRequests() {
        return openRequests;
    }

    public int getCapRequests() {
        return cap.maxOpenRequests();
    }

    public int getCapDays() {
        return cap.days();
    }

    public boolean isCapOverridden() {
        return capRequestsOverride != null;
    }

    /** Whether a student may ask this volunteer now. */
    public boolean isAvailable() {
        return !archived && cap.allowsAnother(openRequests);
    }
}
