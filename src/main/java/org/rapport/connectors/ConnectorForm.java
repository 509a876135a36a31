package org.rapport.connectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rapport.organisations.Industry;
import org.rapport.platform.TimeZoneId;

/**
 * A connector as a form holds it, private or directory. It remembers the version it was filled from, so a change
 * saved meanwhile is not overwritten, and whether the person saving has seen the possible duplicates.
 */
public class ConnectorForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    private long version;

    private boolean directory;

    private boolean archived;

    private Long ownerStudentId;

    @NotBlank(message = "{connector.name.required}")
    @Size(max = Connector.FULL_NAME_LENGTH, message = "{field.tooLong}")
    private String fullName;

    @Size(max = Connector.TITLE_LENGTH, message = "{field.tooLong}")
    private String title;

    /** The organisation by its (unique) name, as the pick list fills it. */
    @Size(max = 160, message = "{field.tooLong}")
    private String organisationName;

    private Industry industry;

    private ConnectorLevel level;

    @Email(message = "{person.email.invalid}")
    @Size(max = Connector.EMAIL_LENGTH, message = "{field.tooLong}")
    private String email;

    @Pattern(regexp = "\\+?[0-9][0-9 ().\\-]{4,38}(\\s*(x|ext\\.?)\\s*[0-9]{1,6})?",
            message = "{connector.phone.invalid}")
    @Size(max = Connector.PHONE_LENGTH, message = "{field.tooLong}")
    private String phone;

    @Size(max = Connector.POSTAL_ADDRESS_LENGTH, message = "{field.tooLong}")
    private String postalAddress;

    private ContactChannel preferredChannel;

    @TimeZoneId
    @Size(max = Connector.TIME_ZONE_LENGTH, message = "{field.tooLong}")
    private String timeZone;

    @Size(max = Connector.CITY_LENGTH, message = "{field.tooLong}")
    private String city;

    @Pattern(regexp = "[A-Za-z]{2}", message = "{organisation.country.invalid}")
    private String countryCode;

    @Pattern(regexp = "https?://[^\\s<>\"]+", message = "{connector.profileUrl.invalid}")
    @Size(max = Connector.PROFILE_URL_LENGTH, message = "{field.tooLong}")
    private String profileUrl;

    private Acquaintance acquaintance = Acquaintance.COLD;

    private Long referredById;

    private boolean warmReferralsOnly;

    @Size(max = Connector.NOTES_LENGTH, message = "{field.tooLong}")
    private String notes;

    @Valid
    private List<InterestChoice> interests = new ArrayList<>();

    @PastOrPresent(message = "{directory.consentDate.future}")
    private LocalDate consentGivenOn;

    @Size(max = Connector.CONSENT_SCOPE_LENGTH, message = "{field.tooLong}")
    private String consentScope;

    @Min(value = 1, message = "{directory.capRequests.range}")
    @Max(value = 100, message = "{directory.capRequests.range}")
    private Integer capRequests;

    @Min(value = 1, message = "{directory.capDays.range}")
    @Max(value = 365, message = "{directory.capDays.range}")
    private Integer capDays;

    private boolean duplicatesSeen;

    public ConnectorForm() {
        Arrays.stream(ConnectorInterest.values()).forEach(i -> interests.add(new InterestChoice(i, false, null)));
    }

    static ConnectorForm of(Connector connector) {
        ConnectorForm form = new ConnectorForm();
        form.id = connector.getId();
        form.version = connector.getVersion();
        form.directory = connector.isDirectory();
        form.archived = connector.isArchived();
        form.ownerStudentId = connector.isDirectory() ? null : connector.getOwner().getId();
        form.fullName = connector.getFullName();
        form.title = connector.getTitle();
        form.organisationName = connector.getOrganisation() == null ? null : connector.getOrganisation().getName();
        form.industry = connector.getIndustry();
        form.level = connector.getLevel();
        form.email = connector.getEmail();
        form.phone = connector.getPhone();
        form.postalAddress = connector.getPostalAddress();
        form.preferredChannel = connector.getPreferredChannel();
        form.timeZone = connector.getTimeZone();
        form.city = connector.getCity();
        form.countryCode = connector.getCountryCode();
        form.profileUrl = connector.getProfileUrl();
        form.acquaintance = connector.getAcquaintance();
        form.referredById = connector.getReferredBy() == null ? null : connector.getReferredBy().getId();
        form.warmReferralsOnly = connector.isWarmReferralsOnly();
        form.notes = connector.getNotes();
        for (MarkedInterest marked : connector.getInterests()) {
            form.interests.set(marked.getInterest().ordinal(),
                    new InterestChoice(marked.getInterest(), true, marked.getEvidence()));
        }
        form.consentGivenOn = connector.getConsentGivenOn();
        form.consentScope = connector.getConsentScope();
        form.capRequests = connector.getCapRequests();
        form.capDays = connector.getCapDays();
        return form;
    }

    /** Writes the form onto {@code connector}; the organisation and referrer are already resolved. */
    void applyTo(Connector connector, org.rapport.organisations.Organisation organisation, Connector referrer) {
        connector.rename(fullName);
        connector.placeAt(title, organisation, industry, level);
        connector.reachAt(contact());
        connector.knownThrough(acquaintance, referrer, warmReferralsOnly);
        connector.annotate(notes);
        connector.markInterests(markedInterests());
    }

    /** The interests ticked on the form, with their evidence. */
    List<MarkedInterest> markedInterests() {
        return interests.stream().filter(InterestChoice::isMarked)
                .map(c -> new MarkedInterest(c.getInterest(), c.getEvidence())).toList();
    }

    ConnectorContact contact() {
        return new ConnectorContact(email, phone, postalAddress, preferredChannel, timeZone, city,
                countryCode == null ? null : countryCode.strip().toUpperCase(java.util.Locale.ROOT), profileUrl);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public boolean isDirectory() {
        return directory;
    }

    void setDirectory(boolean directory) {
        this.directory = directory;
    }

    public boolean isArchived() {
        return archived;
    }

    /** The student whose private record this is; {@code null} for the directory. */
    public Long getOwnerStudentId() {
        return ownerStudentId;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }

    public ConnectorLevel getLevel() {
        return level;
    }

    public void setLevel(ConnectorLevel level) {
        this.level = level;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = postalAddress;
    }

    public ContactChannel getPreferredChannel() {
        return preferredChannel;
    }

    public void setPreferredChannel(ContactChannel preferredChannel) {
        this.preferredChannel = preferredChannel;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
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
        this.countryCode = countryCode;
    }

    public String getProfileUrl() {
        return profileUrl;
    }

    public void setProfileUrl(String profileUrl) {
        this.profileUrl = profileUrl;
    }

    public Acquaintance getAcquaintance() {
        return acquaintance;
    }

    public void setAcquaintance(Acquaintance acquaintance) {
        this.acquaintance = acquaintance;
    }

    public Long getReferredById() {
        return referredById;
    }

    public void setReferredById(Long referredById) {
        this.referredById = referredById;
    }

    public boolean isWarmReferralsOnly() {
        return warmReferralsOnly;
    }

    public void setWarmReferralsOnly(boolean warmReferralsOnly) {
        this.warmReferralsOnly = warmReferralsOnly;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<InterestChoice> getInterests() {
        return interests;
    }

    public LocalDate getConsentGivenOn() {
        return consentGivenOn;
    }

    public void setConsentGivenOn(LocalDate consentGivenOn) {
        this.consentGivenOn = consentGivenOn;
    }

    public String getConsentScope() {
        return consentScope;
    }

    public void setConsentScope(String consentScope) {
        this.consentScope = consentScope;
    }

    public Integer getCapRequests() {
        return capRequests;
    }

    public void setCapRequests(Integer capRequests) {
        this.capRequests = capRequests;
    }

    public Integer getCapDays() {
        return capDays;
    }

    public void setCapDays(Integer capDays) {
        this.capDays = capDays;
    }

    public boolean isDuplicatesSeen() {
        return duplicatesSeen;
    }

    public void setDuplicatesSeen(boolean duplicatesSeen) {
        this.duplicatesSeen = duplicatesSeen;
    }
}
