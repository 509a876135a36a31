package org.rapport.organisations;

import java.io.Serializable;

/**
 * A row of the organisation list, read in one query without loading entities. A class with getters because
 * Jakarta EL 5 reads bean properties only.
 */
public final class OrganisationSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final Industry industry;
    private final SizeBand sizeBand;
    private final String city;
    private final String countryCode;

    public OrganisationSummary(long id, String name, Industry industry, SizeBand sizeBand, String city,
                               String countryCode) {
        this.id = id;
        this.name = name;
        this.industry = industry;
        this.sizeBand = sizeBand;
        this.city = city;
        this.countryCode = countryCode;
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

    public String getCity() {
        return city;
    }

    public String getCountryCode() {
        return countryCode;
    }
}
