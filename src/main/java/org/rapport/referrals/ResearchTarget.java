package org.rapport.referrals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.rapport.connectors.Connector;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.InvalidFieldException;
import org.rapport.platform.Require;

/**
 * An organisation or person the student plans to talk to, found by their own research: one entry of the research
 * list (the list's referrals come from {@link Referral}). A person may be one of the student's connectors.
 */
@Entity
@Table(name = "research_target")
public class ResearchTarget extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Student student;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "connector_id")
    private Connector connector;

    @Size(max = Referral.NAME_LENGTH, message = "{field.tooLong}")
    @Column(name = "name", length = Referral.NAME_LENGTH)
    private String name;

    @Size(max = Referral.ORGANISATION_LENGTH, message = "{field.tooLong}")
    @Column(name = "organisation_name", length = Referral.ORGANISATION_LENGTH)
    private String organisationName;

    @Size(max = Referral.NOTE_LENGTH, message = "{field.tooLong}")
    @Column(name = "note", length = Referral.NOTE_LENGTH)
    private String note;

    protected ResearchTarget() {
        // for JPA
    }

    /**
     * A target of {@code student}: one of their connectors, or a person's name, or an organisation, or both.
     *
     * @throws InvalidFieldException ("name") when neither a person nor an organisation is given
     */
    public ResearchTarget(Student student, Connector connector, String name, String organisationName, String note) {
        this.student = Require.present(student, "student");
        describe(connector, name, organisationName, note);
    }

    /**
     * Changes who or what the entry is and why; the same rules as a new one.
     *
     * @throws InvalidFieldException ("name") when neither a person nor an organisation is given
     */
    public final void describe(Connector person, String newName, String newOrganisationName, String newNote) {
        String checkedName = person != null ? person.getFullName()
                : Require.optionalText(newName, Referral.NAME_LENGTH, "name");
        String checkedOrganisation = Require.optionalText(newOrganisationName, Referral.ORGANISATION_LENGTH,
                "organisationName");
        if (checkedName == null && checkedOrganisation == null) {
            throw new InvalidFieldException("name", "research.target.required");
        }
        this.connector = person;
        this.name = checkedName;
        this.organisationName = checkedOrganisation;
        this.note = Require.optionalText(newNote, Referral.NOTE_LENGTH, "note");
    }

    public Student getStudent() {
        return student;
    }

    public Connector getConnector() {
        return connector;
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
}
