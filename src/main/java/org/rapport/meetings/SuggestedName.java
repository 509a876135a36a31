package org.rapport.meetings;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/**
 * Someone the connector suggested the student talk to, captured in meeting mode as a plain name (with their
 * organisation and a note, when heard), with what they said to "may I use your name?" and whether they will
 * introduce the student first. Each becomes a referral once the meeting is held.
 */
@Entity
@Table(name = "meeting_suggested_name")
public class SuggestedName extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 160;
    public static final int NOTE_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @NotBlank(message = "{meeting.name.required}")
    @Size(max = NAME_LENGTH, message = "{field.tooLong}")
    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Size(max = NAME_LENGTH, message = "{field.tooLong}")
    @Column(name = "organisation_name", length = NAME_LENGTH)
    private String organisationName;

    @Size(max = NOTE_LENGTH, message = "{field.tooLong}")
    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "name_permission", length = 20, nullable = false)
    private NamePermission namePermission = NamePermission.NOT_ASKED;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "contact_route", length = 20, nullable = false)
    private ContactRoute contactRoute = ContactRoute.DIRECT;

    protected SuggestedName() {
        // for JPA
    }

    public SuggestedName(Meeting meeting, String name, String organisationName, String note) {
        this.meeting = Require.present(meeting, "meeting");
        this.name = Require.text(name, NAME_LENGTH, "name");
        this.organisationName = Require.optionalText(organisationName, NAME_LENGTH, "organisationName");
        this.note = Require.optionalText(note, NOTE_LENGTH, "note");
    }

    /** What the connector said about using their name, and whether they will make the introduction first. */
    public void heard(NamePermission permission, ContactRoute route) {
        this.namePermission = Require.present(permission, "namePermission");
        this.contactRoute = Require.present(route, "contactRoute");
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getName() {
        return name;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getNote() {
        return note;
    }

    public NamePermission getNamePermission() {
        return namePermission;
    }

    public ContactRoute getContactRoute() {
        return contactRoute;
    }
}
