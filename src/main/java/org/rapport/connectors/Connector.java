package org.rapport.connectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.organisations.Industry;
import org.rapport.organisations.Organisation;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/**
 * A person a student may meet for an informational interview. A connector with an owner is that student's private
 * record; one without is a volunteer in the office directory, curated by staff, with the volunteer's consent and an
 * optional fatigue-cap override. A student who adds a directory volunteer gets a private copy that remembers its
 * source. Connectors are archived, never deleted, once anything refers to them; a merged directory duplicate points
 * at the record it was merged into.
 */
@Entity
@Table(name = "connector")
public class Connector extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int FULL_NAME_LENGTH = 160;
    public static final int TITLE_LENGTH = 120;
    public static final int EMAIL_LENGTH = 254;
    public static final int PHONE_LENGTH = 40;
    public static final int POSTAL_ADDRESS_LENGTH = 400;
    public static final int TIME_ZONE_LENGTH = 64;
    public static final int CITY_LENGTH = 100;
    public static final int COUNTRY_LENGTH = 2;
    public static final int PROFILE_URL_LENGTH = 255;
    public static final int NOTES_LENGTH = 4000;
    public static final int CONSENT_SCOPE_LENGTH = 200;

    /** The student whose private record this is; {@code null} for the office directory. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_student_id")
    private Student owner;

    /** The directory volunteer this private record was copied from, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "directory_source_id")
    private Connector directorySource;

    @Column(name = "full_name", length = FULL_NAME_LENGTH, nullable = false)
    private String fullName;

    /** The name folded for duplicate checks (see {@link ConnectorIdentity#nameKey}). */
    @Column(name = "name_key", length = FULL_NAME_LENGTH, nullable = false)
    private String nameKey;

    @Column(name = "title", length = TITLE_LENGTH)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "industry", length = 40)
    private Industry industry;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "level", length = 20)
    private ConnectorLevel level;

    @Column(name = "email", length = EMAIL_LENGTH)
    private String email;

    @Column(name = "phone", length = PHONE_LENGTH)
    private String phone;

    @Column(name = "postal_address", length = POSTAL_ADDRESS_LENGTH)
    private String postalAddress;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "preferred_channel", length = 20)
    private ContactChannel preferredChannel;

    @Column(name = "time_zone", length = TIME_ZONE_LENGTH)
    private String timeZone;

    @Column(name = "city", length = CITY_LENGTH)
    private String city;

    @Column(name = "country_code", length = COUNTRY_LENGTH)
    private String countryCode;

    @Column(name = "profile_url", length = PROFILE_URL_LENGTH)
    private String profileUrl;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "acquaintance", length = 20, nullable = false)
    private Acquaintance acquaintance = Acquaintance.COLD;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "referred_by_id")
    private Connector referredBy;

    @Column(name = "warm_referrals_only", nullable = false)
    private boolean warmReferralsOnly;

    @Column(name = "notes", length = NOTES_LENGTH)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "connector_interest", joinColumns = @JoinColumn(name = "connector_id"))
    @OrderColumn(name = "position")
    private List<MarkedInterest> interests = new ArrayList<>();

    @Column(name = "consent_given_on")
    private LocalDate consentGivenOn;

    @Column(name = "consent_scope", length = CONSENT_SCOPE_LENGTH)
    private String consentScope;

    @Column(name = "cap_requests")
    private Integer capRequests;

    @Column(name = "cap_days")
    private Integer capDays;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Connector mergedInto;

    protected Connector() {
        // for JPA
    }

    /** A private connector of {@code owner}. */
    public static Connector privateFor(Student owner, String fullName) {
        Connector connector = new Connector();
        connector.owner = Require.present(owner, "owner");
        connector.rename(fullName);
        return connector;
    }

    /** A volunteer in the office directory, who consented on {@code consentDate} to {@code scope}. */
    public static Connector forDirectory(String fullName, LocalDate consentDate, String scope) {
        Connector connector = new Connector();
        connector.rename(fullName);
        connector.recordConsent(consentDate, scope);
        return connector;
    }

    /** A private copy of this directory volunteer for {@code student}, remembering where it came from. */
    public Connector copyFor(Student student) {
        if (!isDirectory()) {
            throw new IllegalStateException("only directory connectors are copied");
        }
        Connector copy = privateFor(student, fullName);
        copy.directorySource = this;
        copy.title = title;
        copy.organisation = organisation;
        copy.industry = industry;
        copy.level = level;
        copy.email = email;
        copy.phone = phone;
        copy.postalAddress = postalAddress;
        copy.preferredChannel = preferredChannel;
        copy.timeZone = timeZone;
        copy.city = city;
        copy.countryCode = countryCode;
        copy.profileUrl = profileUrl;
        copy.warmReferralsOnly = warmReferralsOnly;
        copy.interests = new ArrayList<>(interests);
        return copy;
    }

    /** Changes the name, keeping the duplicate-check key in step. */
    public final void rename(String newName) {
        this.fullName = Require.text(newName, FULL_NAME_LENGTH, "fullName");
        this.nameKey = ConnectorIdentity.nameKey(fullName);
    }

    /** Where the connector works and at what level. */
    public void placeAt(String newTitle, Organisation newOrganisation, Industry newIndustry,
                        ConnectorLevel newLevel) {
        this.title = Require.optionalText(newTitle, TITLE_LENGTH, "title");
        this.organisation = newOrganisation;
        this.industry = newIndustry != null ? newIndustry
                : newOrganisation != null ? newOrganisation.getIndustry() : null;
        this.level = newLevel;
    }

    /** How to reach the connector. */
    public void reachAt(ConnectorContact contact) {
        this.email = Require.optionalText(contact.email(), EMAIL_LENGTH, "email");
        this.phone = Require.optionalText(contact.phone(), PHONE_LENGTH, "phone");
        this.postalAddress = Require.optionalText(contact.postalAddress(), POSTAL_ADDRESS_LENGTH, "postalAddress");
        this.preferredChannel = contact.preferredChannel();
        this.timeZone = Require.optionalText(contact.timeZone(), TIME_ZONE_LENGTH, "timeZone");
        this.city = Require.optionalText(contact.city(), CITY_LENGTH, "city");
        this.countryCode = Require.optionalText(contact.countryCode(), COUNTRY_LENGTH, "countryCode");
        this.profileUrl = Require.optionalText(contact.profileUrl(), PROFILE_URL_LENGTH, "profileUrl");
    }

    /**
     * How the student knows the connector; a referral names the referrer, who must be another connector of the
     * same list.
     */
    public void knownThrough(Acquaintance how, Connector referrer, boolean onlyWarmReferrals) {
        this.acquaintance = Require.present(how, "acquaintance");
        if (how == Acquaintance.REFERRED && referrer != null) {
            if (referrer == this || (getId() != null && getId().equals(referrer.getId()))) {
                throw new IllegalArgumentException("a connector cannot refer themselves");
            }
            this.referredBy = referrer;
        } else {
            this.referredBy = null;
        }
        this.warmReferralsOnly = onlyWarmReferrals;
    }

    public void annotate(String newNotes) {
        this.notes = Require.optionalText(newNotes, NOTES_LENGTH, "notes");
    }

    /** Replaces the marked interests; one entry per interest, in the enum's order. */
    public void markInterests(Collection<MarkedInterest> marked) {
        Set<ConnectorInterest> seen = EnumSet.noneOf(ConnectorInterest.class);
        List<MarkedInterest> ordered = new ArrayList<>();
        marked.stream().sorted(java.util.Comparator.comparing(MarkedInterest::getInterest))
                .filter(m -> seen.add(m.getInterest())).forEach(ordered::add);
        if (!ordered.equals(interests)) {
            interests.clear();
            interests.addAll(ordered);
        }
    }

    public final void recordConsent(LocalDate date, String scope) {
        requireDirectory();
        this.consentGivenOn = Require.present(date, "consentGivenOn");
        this.consentScope = Require.text(scope, CONSENT_SCOPE_LENGTH, "consentScope");
    }

    /** A per-volunteer cap; both {@code null} means the office-wide default applies. */
    public void overrideCap(Integer requests, Integer days) {
        requireDirectory();
        if ((requests == null) != (days == null)) {
            throw new IllegalArgumentException("a cap override needs both requests and days");
        }
        if (requests != null && (requests < 1 || days < 1)) {
            throw new IllegalArgumentException("a cap override must be positive");
        }
        this.capRequests = requests;
        this.capDays = days;
    }

    public void archive() {
        this.archived = true;
    }

    public void restore() {
        if (mergedInto != null) {
            throw new IllegalStateException("a merged connector cannot be restored");
        }
        this.archived = false;
    }

    /** This directory duplicate is folded into {@code survivor}; it stays, archived, as history. */
    public void mergeInto(Connector survivor) {
        requireDirectory();
        if (!survivor.isDirectory() || survivor == this || survivor.getId().equals(getId())) {
            throw new IllegalArgumentException("merge into another directory connector");
        }
        for (MarkedInterest mine : interests) {
            if (survivor.interests.stream().noneMatch(i -> i.getInterest() == mine.getInterest())) {
                survivor.interests.add(mine);
            }
        }
        survivor.markInterests(new ArrayList<>(survivor.interests));
        survivor.fillGapsFrom(this);
        this.mergedInto = survivor;
        this.archived = true;
    }

    private void fillGapsFrom(Connector other) {
        title = title != null ? title : other.title;
        organisation = organisation != null ? organisation : other.organisation;
        industry = industry != null ? industry : other.industry;
        level = level != null ? level : other.level;
        email = email != null ? email : other.email;
        phone = phone != null ? phone : other.phone;
        postalAddress = postalAddress != null ? postalAddress : other.postalAddress;
        preferredChannel = preferredChannel != null ? preferredChannel : other.preferredChannel;
        timeZone = timeZone != null ? timeZone : other.timeZone;
        city = city != null ? city : other.city;
        countryCode = countryCode != null ? countryCode : other.countryCode;
        profileUrl = profileUrl != null ? profileUrl : other.profileUrl;
        if (other.notes != null) {
            String merged = notes == null ? other.notes : notes + "\n\n" + other.notes;
            notes = merged.length() > NOTES_LENGTH ? merged.substring(0, NOTES_LENGTH) : merged;
        }
    }

    private void requireDirectory() {
        if (!isDirectory()) {
            throw new IllegalStateException("only directory connectors have consent and caps");
        }
    }

    public boolean isDirectory() {
        return owner == null;
    }

    public Student getOwner() {
        return owner;
    }

    public Connector getDirectorySource() {
        return directorySource;
    }

    public String getFullName() {
        return fullName;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getTitle() {
        return title;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Industry getIndustry() {
        return industry;
    }

    public ConnectorLevel getLevel() {
        return level;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public ContactChannel getPreferredChannel() {
        return preferredChannel;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getCity() {
        return city;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getProfileUrl() {
        return profileUrl;
    }

    public Acquaintance getAcquaintance() {
        return acquaintance;
    }

    public Connector getReferredBy() {
        return referredBy;
    }

    public boolean isWarmReferralsOnly() {
        return warmReferralsOnly;
    }

    public String getNotes() {
        return notes;
    }

    public List<MarkedInterest> getInterests() {
        return List.copyOf(interests);
    }

    public LocalDate getConsentGivenOn() {
        return consentGivenOn;
    }

    public String getConsentScope() {
        return consentScope;
    }

    public Integer getCapRequests() {
        return capRequests;
    }

    public Integer getCapDays() {
        return capDays;
    }

    public boolean isArchived() {
        return archived;
    }

    public Connector getMergedInto() {
        return mergedInto;
    }
}
