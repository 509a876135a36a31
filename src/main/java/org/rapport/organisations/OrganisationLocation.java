package org.rapport.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import org.rapport.platform.Require;

/** A place where an organisation works: a city and its country (ISO 3166-1 alpha-2). A value, compared by both. */
@Embeddable
public class OrganisationLocation implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{organisation.location.city.required}")
    @Size(max = Organisation.CITY_LENGTH, message = "{field.tooLong}")
    @Column(name = "city", length = Organisation.CITY_LENGTH, nullable = false)
    private String city;

    @NotBlank(message = "{organisation.location.country.required}")
    @Pattern(regexp = Organisation.COUNTRY_PATTERN, message = "{organisation.country.invalid}")
    @Column(name = "country_code", length = Organisation.COUNTRY_LENGTH, nullable = false)
    private String countryCode;

    protected OrganisationLocation() {
        // for JPA
    }

    public OrganisationLocation(String city, String countryCode) {
        this.city = Require.text(city, Organisation.CITY_LENGTH, "city");
        String country = Require.text(countryCode, Organisation.COUNTRY_LENGTH, "countryCode");
        if (!country.matches(Organisation.COUNTRY_PATTERN)) {
            throw new IllegalArgumentException("countryCode must be two capital letters");
        }
        this.countryCode = country;
    }

    public String getCity() {
        return city;
    }

    public String getCountryCode() {
        return countryCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrganisationLocation that
                && city.toLowerCase(Locale.ROOT).equals(that.city.toLowerCase(Locale.ROOT))
                && countryCode.equals(that.countryCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(city.toLowerCase(Locale.ROOT), countryCode);
    }

    @Override
    public String toString() {
        return city + ", " + countryCode;
    }
}
