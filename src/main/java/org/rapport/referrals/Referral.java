package org.rapport.referrals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.connectors.Connector;
import org.rapport.meetings.ContactRoute;
import org.rapport.meetings.Meeting;
import org.rapport.meetings.NamePermission;
import org.rapport.meetings.SuggestedName;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.BundleKey;
import org.rapport.platform.BusinessException;
import org.rapport.platform.InvalidFieldException;
import org.rapport.platform.Require;

/**
 * A person the connector met in a held meeting suggested the student talk to next: a connector of the student, or
 * until completed just a name and an organisation. It keeps whether the student may use the referrer's name, how
 * the first contact happens, whether contact details were obtained, and how far it has got ({@link ReferralStatus},
 * changed only by {@link #moveTo}, with the day it moved for the stale rule).
 */
@Entity
@Table(name = "referral")
public class Referral extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 160;
    public static final int ORGANISATION_LENGTH = 160;
    public static final int NOTE_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Student student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referrer_id", nullable = false, updatable = false)
    private Connector referrer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "connector_id")
    private Connector connector;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "suggested_name_id", updatable = false)
    private SuggestedName suggestedName;

    @NotBlank(message = "{referral.name.required}")
    @Size(max = NAME_LENGTH, message = "{field.tooLong}")
    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Size(max = ORGANISATION_LENGTH, message = "{field.tooLong}")
    @Column(name = "organisation_name", length = ORGANISATION_LENGTH)
    private String organisationName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "name_permission", length = 20, nullable = false)
    private NamePermission namePermission = NamePermission.NOT_ASKED;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "contact_route", length = 20, nullable = false)
    private ContactRoute contactRoute = ContactRoute.DIRECT;

    @Column(name = "contact_details", nullable = false)
    private boolean contactDetails;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", length = 20, nullable = false)
    private ReferralStatus status = ReferralStatus.NAMED;

    @Column(name = "status_changed_on", nullable = false)
    private LocalDate statusChangedOn;

    @Column(name = "check_in_on")
    private LocalDate checkInOn;

    @Size(max = NOTE_LENGTH, message = "{field.tooLong}")
    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    protected Referral() {
        // for JPA
    }

    /**
     * A referral made in {@code meeting} by the connector met there, to {@code person} (null while it is only a
     * name), on {@code today}.
     *
     * @throws BusinessException when the meeting has not been held, or the person is the referrer themselves
     */
    public Referral(Meeting meeting, Connector person, String name, String organisationName, LocalDate today) {
        this.meeting = Require.present(meeting, "meeting");
        if (!meeting.getState().isAfterConversation()) {
            throw new BusinessException("referral.meetingNotHeld");
        }
        this.student = meeting.getStudent();
        this.referrer = meeting.getConnector();
        this.name = Require.text(name, NAME_LENGTH, "name");
        this.organisationName = Require.optionalText(organisationName, ORGANISATION_LENGTH, "organisationName");
        this.statusChangedOn = Require.present(today, "today");
        if (person != null) {
            linkTo(person);
        }
    }

    /**
     * The same, from a name captured in meeting mode, with what the connector said there; {@code checkIn} is the day
     * to check back when they introduce the student first (after {@code today}).
     */
    public static Referral fromSuggestedName(SuggestedName suggested, LocalDate today, LocalDate checkIn) {
        Referral referral = new Referral(suggested.getMeeting(), null, suggested.getName(),
                suggested.getOrganisationName(), today);
        referral.suggestedName = suggested;
        referral.note = Require.optionalText(suggested.getNote(), NOTE_LENGTH, "note");
        referral.recordTerms(suggested.getNamePermission(), suggested.getContactRoute(), false,
                suggested.getContactRoute() == ContactRoute.INTRODUCTION ? checkIn : null, today);
        return referral;
    }

    /** Changes the name and organisation as heard (a linked connector's own name stays), and the note. */
    public void describe(String newName, String newOrganisationName, String newNote) {
        if (connector == null) {
            this.name = Require.text(newName, NAME_LENGTH, "name");
        }
        this.organisationName = Require.optionalText(newOrganisationName, ORGANISATION_LENGTH, "organisationName");
        this.note = Require.optionalText(newNote, NOTE_LENGTH, "note");
    }

    /**
     * Completes a name with the student's connector for that person.
     *
     * @throws InvalidFieldException ("connectorId", the form's field) for the referrer themselves or another student's connector
     */
    public final void linkTo(Connector person) {
        Require.present(person, "person");
        // Compared by id: either side may be a lazy proxy.
        if (Objects.equals(person.getId(), referrer.getId())) {
            throw new InvalidFieldException("connectorId", "referral.self");
        }
        boolean own = person.getOwner() != null && Objects.equals(person.getOwner().getId(), student.getId());
        if (!own && !person.isDirectory()) {
            throw new InvalidFieldException("connectorId", "referral.notYours");
        }
        this.connector = person;
        this.name = Require.text(person.getFullName(), NAME_LENGTH, "name");
    }

    /** What the referrer said about using their name, and how the first contact will happen. */
    public void recordTerms(NamePermission permission, ContactRoute route, boolean detailsObtained,
                            LocalDate checkIn, LocalDate today) {
        this.namePermission = Require.present(permission, "namePermission");
        this.contactRoute = Require.present(route, "contactRoute");
        this.contactDetails = detailsObtained;
        if (route == ContactRoute.INTRODUCTION) {
            Require.present(checkIn, "checkInOn");
            // A day already agreed may have passed; only a newly chosen day must lie ahead.
            if (!checkIn.equals(this.checkInOn) && !checkIn.isAfter(today)) {
                throw new InvalidFieldException("checkInOn", "referral.checkIn.future");
            }
            this.checkInOn = checkIn;
        } else {
            this.checkInOn = null;
        }
    }

    /**
     * Moves the referral on, and remembers the day.
     *
     * @throws BusinessException ("referral.status.refused") for a move its stage does not allow
     */
    public void moveTo(ReferralStatus target, LocalDate on) {
        if (!status.canMoveTo(target)) {
            Require.present(target, "target");
            throw new BusinessException("referral.status.refused", new BundleKey(status.messageKey()),
                    new BundleKey(target.messageKey()));
        }
        this.status = target;
        this.statusChangedOn = Require.present(on, "on");
        if (target == ReferralStatus.CONTACT_DETAILS) {
            this.contactDetails = true;
        }
    }

    /** Whether the student may name the referrer in a request to this person. */
    public boolean mayUseReferrersName() {
        return namePermission == NamePermission.YES;
    }

    public Student getStudent() {
        return student;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Connector getReferrer() {
        return referrer;
    }

    public Connector getConnector() {
        return connector;
    }

    public SuggestedName getSuggestedName() {
        return suggestedName;
    }

    public String getName() {
        return name;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public NamePermission getNamePermission() {
        return namePermission;
    }

    public ContactRoute getContactRoute() {
        return contactRoute;
    }

    public boolean hasContactDetails() {
        return contactDetails;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public LocalDate getStatusChangedOn() {
        return statusChangedOn;
    }

    public LocalDate getCheckInOn() {
        return checkInOn;
    }

    public String getNote() {
        return note;
    }
}
