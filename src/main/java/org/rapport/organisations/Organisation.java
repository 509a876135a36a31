package org.rapport.organisations;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.BusinessException;
import org.rapport.platform.Require;

/**
 * An employer or other organisation in the office's shared directory. Its name is unique so two people do not
 * create the same company twice. Besides the head office ({@code city}, {@code countryCode}) it may list further
 * locations. Competitor links are symmetric: linking A to B also links B to A, so either page shows the other.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 160;
    public static final int WEBSITE_LENGTH = 255;
    public static final int CITY_LENGTH = 100;
    public static final int COUNTRY_LENGTH = 2;
    public static final int NOTES_LENGTH = 10_000;
    /** Only web addresses a browser opens as a page; no {@code javascript:} or other schemes. */
    public static final String WEBSITE_PATTERN = "https?://\\S+";
    /** ISO 3166-1 alpha-2, upper case. */
    public static final String COUNTRY_PATTERN = "[A-Z]{2}";
    /** A country code as a person may type it; forms store it in capitals. */
    public static final String COUNTRY_INPUT_PATTERN = "\\s*[A-Za-z]{2}\\s*";

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
    @Pattern(regexp = WEBSITE_PATTERN, message = "{organisation.website.invalid}")
    @Column(name = "website", length = WEBSITE_LENGTH)
    private String website;

    /** City of the head office. */
    @Size(max = CITY_LENGTH, message = "{field.tooLong}")
    @Column(name = "city", length = CITY_LENGTH)
    private String city;

    /** Country of the head office, ISO 3166-1 alpha-2 code. */
    @Pattern(regexp = COUNTRY_PATTERN, message = "{organisation.country.invalid}")
    @Column(name = "country_code", length = COUNTRY_LENGTH)
    private String countryCode;

    @Size(max = NOTES_LENGTH, message = "{field.tooLong}")
    @Column(name = "notes", length = NOTES_LENGTH, columnDefinition = "text")
    private String notes;

    /** The account that added the organisation; {@code null} for organisations loaded in bulk. */
    @Column(name = "created_by_account_id", updatable = false)
    private Long createdByAccountId;

    /** Further locations, in the order they were listed. */
    @Valid
    @ElementCollection
    @CollectionTable(name = "organisation_location", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "sort_order")
    private List<OrganisationLocation> locations = new ArrayList<>();

    /**
     * Competitors, both directions stored. Linking does not count as editing the organisation's description, so
     * it does not bump the version (someone editing the description at the same time is not refused for it).
     */
    @ManyToMany
    @JoinTable(name = "organisation_competitor", joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "competitor_id"))
    @OptimisticLock(excluded = true)
    private Set<Organisation> competitors = new HashSet<>();

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, Industry industry, SizeBand sizeBand) {
        this(name, industry, sizeBand, null);
    }

    /** An organisation added by the person signed in with {@code addedByAccountId}. */
    public Organisation(String name, Industry industry, SizeBand sizeBand, Long addedByAccountId) {
        this.name = Require.text(name, NAME_LENGTH, "name");
        this.industry = Require.present(industry, "industry");
        this.sizeBand = Require.present(sizeBand, "sizeBand");
        this.createdByAccountId = addedByAccountId;
    }

    /** Corrects what the organisation is called, what it does and how big it is. */
    public Organisation describe(String newName, Industry newIndustry, SizeBand newSizeBand) {
        this.name = Require.text(newName, NAME_LENGTH, "name");
        this.industry = Require.present(newIndustry, "industry");
        this.sizeBand = Require.present(newSizeBand, "sizeBand");
        return this;
    }

    /** Records where the organisation's head office is and where to read about it. */
    public Organisation locate(String newWebsite, String newCity, String newCountryCode) {
        String site = Require.optionalText(newWebsite, WEBSITE_LENGTH, "website");
        if (site != null && !site.matches(WEBSITE_PATTERN)) {
            throw new IllegalArgumentException("website must be an http(s) address");
        }
        String country = Require.optionalText(newCountryCode, COUNTRY_LENGTH, "countryCode");
        if (country != null && !country.matches(COUNTRY_PATTERN)) {
            throw new IllegalArgumentException("countryCode must be two capital letters");
        }
        this.website = site;
        this.city = Require.optionalText(newCity, CITY_LENGTH, "city");
        this.countryCode = country;
        return this;
    }

    /** Replaces the further locations with {@code newLocations}, in that order; repeated places are kept once. */
    public Organisation relocate(List<OrganisationLocation> newLocations) {
        List<OrganisationLocation> distinct = Require.present(newLocations, "locations").stream().distinct().toList();
        if (!distinct.equals(locations)) {
            locations.clear();
            locations.addAll(distinct);
        }
        return this;
    }

    /** Replaces the office's shared notes about the organisation. */
    public Organisation writeNotes(String newNotes) {
        this.notes = newNotes == null || newNotes.isBlank() ? null : Require.text(newNotes, NOTES_LENGTH, "notes");
        return this;
    }

    /**
     * Links {@code other} as a competitor, and this organisation as {@code other}'s competitor.
     *
     * @throws BusinessException when {@code other} is this organisation
     */
    public void addCompetitor(Organisation other) {
        Require.present(other, "competitor");
        if (isSameAs(other)) {
            throw new BusinessException("organisation.competitor.self");
        }
        competitors.add(other);
        other.linkBack(this);
    }

    /** Removes the competitor link in both directions; nothing happens when there was none. */
    public void removeCompetitor(Organisation other) {
        Require.present(other, "competitor");
        competitors.remove(other);
        other.unlinkBack(this);
    }

    // Package-private rather than private: a lazy proxy passes these calls on to the real entity.
    void linkBack(Organisation other) {
        competitors.add(other);
    }

    void unlinkBack(Organisation other) {
        competitors.remove(other);
    }

    private boolean isSameAs(Organisation other) {
        return other == this || getId() != null && getId().equals(other.getId());
    }

    /** Whether the person signed in with this account added the organisation. */
    public boolean wasAddedBy(long accountId) {
        return createdByAccountId != null && createdByAccountId == accountId;
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

    public Long getCreatedByAccountId() {
        return createdByAccountId;
    }

    public List<OrganisationLocation> getLocations() {
        return Collections.unmodifiableList(locations);
    }

    public Set<Organisation> getCompetitors() {
        return Collections.unmodifiableSet(competitors);
    }
}
