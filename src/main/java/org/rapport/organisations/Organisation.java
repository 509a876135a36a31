package org.rapport.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/**
 * An employer or other organisation in the office's shared directory. Its name is unique so two advisors do not
 * create the same company twice.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 160;
    public static final int WEBSITE_LENGTH = 255;
    public static final int CITY_LENGTH = 100;
    public static final int COUNTRY_LENGTH = 2;

    @NotBlank(message = "{organisation.name.required}")
    @Size(max = NAME_LENGTH, message = "{field.tooLong}")
    @Column(name = "name", length = NAME_LENGTH, nullable = false, unique = true)
    private String name;

    @NotNull(message = "{organisation.industry.required}")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "industry", length = 40, nullable = false)
    private Industry industry;

    @NotNull(message = "{organisation.sizeBand.required}")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "size_band", length = 20, nullable = false)
    private SizeBand sizeBand;

    @Size(max = WEBSITE_LENGTH, message = "{field.tooLong}")
    @Pattern(regexp = "https?://\\S+", message = "{organisation.website.invalid}")
    @Column(name = "website", length = WEBSITE_LENGTH)
    private String website;

    @Size(max = CITY_LENGTH, message = "{field.tooLong}")
    @Column(name = "city", length = CITY_LENGTH)
    private String city;

    /** ISO 3166-1 alpha-2 code. */
    @Pattern(regexp = "[A-Z]{2}", message = "{organisation.country.invalid}")
    @Column(name = "country_code", length = COUNTRY_LENGTH)
    private String countryCode;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, Industry industry, SizeBand sizeBand) {
        this.name = Require.text(name, NAME_LENGTH, "name");
        this.industry = Require.present(industry, "industry");
        this.sizeBand = Require.present(sizeBand, "sizeBand");
    }

    /** Records where the organisation is and where to read about it. */
    public Organisation locate(String newWebsite, String newCity, String newCountryCode) {
        this.website = Require.optionalText(newWebsite, WEBSITE_LENGTH, "website");
        this.city = Require.optionalText(newCity, CITY_LENGTH, "city");
        this.countryCode = Require.optionalText(newCountryCode, COUNTRY_LENGTH, "countryCode");
        return this;
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
}
