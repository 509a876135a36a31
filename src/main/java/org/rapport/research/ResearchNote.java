package org.rapport.research;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.connectors.Connector;
import org.rapport.organisations.Industry;
import org.rapport.organisations.Organisation;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/**
 * One note in a student's research notebook: a title, free text, tags, and optionally the organisation, industry
 * and connector it is about. Its sources, findings, hypotheses, news and salary research are rows of their own
 * that point at the note, so changing one of them never conflicts with someone editing the note's text. The
 * student is fixed at creation; a connector must be one of that student's own.
 */
@Entity
@Table(name = "research_note")
@NamedQuery(name = ResearchNote.FIND_COMPLETE, query = "select n from ResearchNote n join fetch n.student"
        + " left join fetch n.organisation left join fetch n.connector where n.id = :id")
public class ResearchNote extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The note with its student, organisation and connector, for showing it. */
    public static final String FIND_COMPLETE = "ResearchNote.findComplete";

    public static final int TITLE_LENGTH = 160;
    public static final int BODY_LENGTH = 10_000;
    public static final int TAGS_LENGTH = Tags.STORED_LENGTH;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Student student;

    @NotBlank(message = "{notebook.title.required}")
    @Size(max = TITLE_LENGTH, message = "{field.tooLong}")
    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @Size(max = BODY_LENGTH, message = "{field.tooLong}")
    @Column(name = "body", length = BODY_LENGTH)
    private String body;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "industry", length = 40)
    private Industry industry;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "connector_id")
    private Connector connector;

    /** Normalised tags joined by single spaces (see {@link Tags}); {@code null} when there are none. */
    @Size(max = TAGS_LENGTH, message = "{field.tooLong}")
    @Column(name = "tags", length = TAGS_LENGTH)
    private String tags;

    protected ResearchNote() {
        // for JPA
    }

    public ResearchNote(Student student, String title) {
        this.student = Require.present(student, "student");
        this.title = Require.text(title, TITLE_LENGTH, "title");
    }

    /** The student writes the note's title and text. */
    public void write(String newTitle, String newBody) {
        this.title = Require.text(newTitle, TITLE_LENGTH, "title");
        this.body = Require.optionalText(newBody, BODY_LENGTH, "body");
    }

    /**
     * Says what the note is about; any of the three may be {@code null}.
     *
     * @throws IllegalArgumentException when the connector is not one of the note's student's own
     */
    public void concern(Organisation newOrganisation, Industry newIndustry, Connector newConnector) {
        if (newConnector != null && !isOwnConnector(newConnector)) {
            throw new IllegalArgumentException("connector " + newConnector.getId() + " is not the student's own");
        }
        this.organisation = newOrganisation;
        this.industry = newIndustry;
        this.connector = newConnector;
    }

    /** Whether {@code candidate} is a private connector of this note's student. */
    public boolean isOwnConnector(Connector candidate) {
        Student owner = candidate.getOwner();
        return owner != null && (owner == student || owner.getId() != null && owner.getId().equals(student.getId()));
    }

    /** Files the note under the tags of a typed line (see {@link Tags#parse}); replaces the previous tags. */
    public void retag(String typed) {
        this.tags = Tags.join(Tags.parse(typed));
    }

    public Student getStudent() {
        return student;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Industry getIndustry() {
        return industry;
    }

    public Connector getConnector() {
        return connector;
    }

    public List<String> getTagList() {
        return Tags.split(tags);
    }

    /** The tags as a person would type them again: separated by commas. */
    public String getTagLine() {
        return String.join(", ", getTagList());
    }
}
