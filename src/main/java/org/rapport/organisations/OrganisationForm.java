package org.rapport.organisations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rapport.platform.BusinessException;

/**
 * What a person may write about an organisation: its description, head office, further locations and notes. It
 * remembers the version the form was filled from, so a change someone saved meanwhile is not overwritten.
 */
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{organisation.name.required}")
    @Size(max = Organisation.NAME_LENGTH, message = "{field.tooLong}")
    private String name;

    @NotNull(message = "{organisation.industry.required}")
    private Industry industry;

    @NotNull(message = "{organisation.sizeBand.required}")
    private SizeBand sizeBand;

    @Size(max = Organisation.WEBSITE_LENGTH, message = "{field.tooLong}")
    @Pattern(regexp = Organisation.WEBSITE_PATTERN, message = "{organisation.website.invalid}")
    private String website;

    @Size(max = Organisation.CITY_LENGTH, message = "{field.tooLong}")
    private String city;

    @Pattern(regexp = Organisation.COUNTRY_INPUT_PATTERN, message = "{organisation.country.invalid}")
    private String countryCode;

    @Size(max = Organisation.NOTES_LENGTH, message = "{field.tooLong}")
    private String notes;

    @Valid
    private List<LocationLine> locations = new ArrayList<>();

    private long version;

    public OrganisationForm() {
    }

    static OrganisationForm of(Organisation organisation) {
        OrganisationForm form = new OrganisationForm();
        form.name = organisation.getName();
        form.industry = organisation.getIndustry();
        form.sizeBand = organisation.getSizeBand();
        form.website = organisation.getWebsite();
        form.city = organisation.getCity();
        form.countryCode = organisation.getCountryCode();
        form.notes = organisation.getNotes();
        organisation.getLocations().forEach(location -> form.locations.add(
                new LocationLine(location.getCity(), location.getCountryCode())));
        form.version = organisation.getVersion();
        return form;
    }

    /** One more empty location line to fill in. */
    public void addLocationLine() {
        locations.add(new LocationLine());
    }

    public void removeLocationLine(int index) {
        if (index >= 0 && index < locations.size()) {
            locations.remove(index);
        }
    }

    /**
     * The filled-in location lines as locations; lines left empty are dropped.
     *
     * @throws BusinessException when a line has a city but no country, or a country but no city
     */
    List<OrganisationLocation> toLocations() {
        List<OrganisationLocation> result = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            LocationLine line = locations.get(i);
            boolean noCity = line.getCity() == null || line.getCity().isBlank();
            boolean noCountry = line.getCountryCode() == null || line.getCountryCode().isBlank();
            if (noCity != noCountry) {
                throw new BusinessException("organisation.location.incomplete", i + 1);
            }
            if (!noCity) {
                result.add(new OrganisationLocation(line.getCity(), line.getCountryCode()));
            }
        }
        return result;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }

    public SizeBand getSizeBand() {
        return sizeBand;
    }

    public void setSizeBand(SizeBand sizeBand) {
        this.sizeBand = sizeBand;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountryCode() {
        return countryCode;
    }

    /** Country codes are kept in capitals, however they were typed. */
    public void setCountryCode(String countryCode) {
        this.countryCode = upper(countryCode);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<LocationLine> getLocations() {
        return locations;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** A location as the form edits it; city and country are both filled in, or both left empty. */
    public static class LocationLine implements Serializable {

        private static final long serialVersionUID = 1L;

        @Size(max = Organisation.CITY_LENGTH, message = "{field.tooLong}")
        private String city;

        @Pattern(regexp = Organisation.COUNTRY_INPUT_PATTERN, message = "{organisation.country.invalid}")
        private String countryCode;

        public LocationLine() {
        }

        LocationLine(String city, String countryCode) {
            this.city = city;
            this.countryCode = countryCode;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public String getCountryCode() {
            return countryCode;
        }

        public void setCountryCode(String countryCode) {
            this.countryCode = upper(countryCode);
        }
    }
}
