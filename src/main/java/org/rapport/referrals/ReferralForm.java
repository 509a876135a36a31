package org.rapport.referrals;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.rapport.meetings.ContactRoute;
import org.rapport.meetings.NamePermission;

/**
 * A referral as the student adds or edits it: the meeting it came from (when adding), the person (one of the
 * student's connectors, or a name and organisation to complete later), the terms heard and where it stands.
 */
public class ReferralForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;

    private Long meetingId;

    private Long connectorId;

    @Size(max = Referral.NAME_LENGTH, message = "{field.tooLong}")
    private String name;

    @Size(max = Referral.ORGANISATION_LENGTH, message = "{field.tooLong}")
    private String organisationName;

    @Size(max = Referral.NOTE_LENGTH, message = "{field.tooLong}")
    private String note;

    @NotNull
    private NamePermission namePermission = NamePermission.NOT_ASKED;

    @NotNull
    private ContactRoute contactRoute = ContactRoute.DIRECT;

    private boolean contactDetails;

    private LocalDate checkInOn;

    @NotNull
    private ReferralStatus status = ReferralStatus.NAMED;

    public ReferralForm() {
        // a new referral
    }

    static ReferralForm of(Referral referral) {
        ReferralForm form = new ReferralForm();
        form.version = referral.getVersion();
        form.meetingId = referral.getMeeting().getId();
        form.connectorId = referral.getConnector() == null ? null : referral.getConnector().getId();
        form.name = referral.getName();
        form.organisationName = referral.getOrganisationName();
        form.note = referral.getNote();
        form.namePermission = referral.getNamePermission();
        form.contactRoute = referral.getContactRoute();
        form.contactDetails = referral.hasContactDetails();
        form.checkInOn = referral.getCheckInOn();
        form.status = referral.getStatus();
        return form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public Long getConnectorId() {
        return connectorId;
    }

    public void setConnectorId(Long connectorId) {
        this.connectorId = connectorId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public NamePermission getNamePermission() {
        return namePermission;
    }

    public void setNamePermission(NamePermission namePermission) {
        this.namePermission = namePermission;
    }

    public ContactRoute getContactRoute() {
        return contactRoute;
    }

    public void setContactRoute(ContactRoute contactRoute) {
        this.contactRoute = contactRoute;
    }

    public boolean isContactDetails() {
        return contactDetails;
    }

    public void setContactDetails(boolean contactDetails) {
        this.contactDetails = contactDetails;
    }

    public LocalDate getCheckInOn() {
        return checkInOn;
    }

    public void setCheckInOn(LocalDate checkInOn) {
        this.checkInOn = checkInOn;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public void setStatus(ReferralStatus status) {
        this.status = status;
    }
}
