package org.rapport.organisations;

import java.io.Serializable;
import java.util.List;

/**
 * One organisation as its page shows it: the description, locations and competitors, and, when the signed-in
 * person may change it, a form filled from the current version.
 */
public final class OrganisationDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final Industry industry;
    private final SizeBand sizeBand;
    private final String website;
    private final String city;
    private final String countryCode;
    private final String notes;
    private final List<OrganisationLocation> locations;
    private final List<OrganisationChoice> competitors;
    private final OrganisationForm form;

    OrganisationDetails(Organisation organisation, List<OrganisationChoice> competitors, boolean editable) {
        this.id = organisation.getId();
        this.name = organisation.getName();
        this.industry = organisation.getIndustry();
        this.sizeBand = organisation.getSizeBand();
        this.website = organisation.getWebsite();
        this.city = organisation.getCity();
        this.countryCode = organisation.getCountryCode();
        this.notes = organisation.getNotes();
        this.locations = List.copyOf(organisation.getLocations());
        this.competitors = List.copyOf(competitors);
        this.form = editable ? OrganisationForm.of(organisation) : null;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Industry getIndustry() {
        return industry;
    }

    public SizeBand getSizeBand() {
        return sizeBand;
    }

    public String getWebsite() {
        return website;
    }

    public String getCity() {
        return city;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getNotes() {
        return notes;
    }

    public List<OrganisationLocation> getLocations() {
        return locations;
    }

    public List<OrganisationChoice> getCompetitors() {
        return competitors;
    }

    /** Whether the signed-in person may change the organisation. */
    public boolean isEditable() {
        return form != null;
    }

    /** The form to edit it, or {@code null} when the signed-in person may only read it. */
    public OrganisationForm getForm() {
        return form;
    }
}
