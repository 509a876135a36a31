package org.rapport.research;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.rapport.organisations.Industry;
import org.rapport.organisations.Organisation;

/**
 * A note's own fields as the student edits them. The organisation is typed by name (with suggestions) and the
 * connector chosen from the student's own; tags are one typed line. It remembers the version the form was filled
 * from, so a change saved meanwhile (in another tab) is not overwritten.
 */
public class NoteForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    @NotBlank(message = "{notebook.title.required}")
    @Size(max = ResearchNote.TITLE_LENGTH, message = "{field.tooLong}")
    private String title;

    @Size(max = ResearchNote.BODY_LENGTH, message = "{field.tooLong}")
    private String body;

    @Size(max = Organisation.NAME_LENGTH, message = "{field.tooLong}")
    private String organisationName;

    private Industry industry;

    private Long connectorId;

    @Size(max = Tags.INPUT_LENGTH, message = "{field.tooLong}")
    @Pattern(regexp = Tags.INPUT_PATTERN, message = "{notebook.tags.invalid}")
    private String tags;

    private long version;

    public NoteForm() {
    }

    static NoteForm of(ResearchNote note) {
        NoteForm form = new NoteForm();
        form.id = note.getId();
        form.title = note.getTitle();
        form.body = note.getBody();
        form.organisationName = note.getOrganisation() == null ? null : note.getOrganisation().getName();
        form.industry = note.getIndustry();
        form.connectorId = note.getConnector() == null ? null : note.getConnector().getId();
        form.tags = note.getTagLine();
        form.version = note.getVersion();
        return form;
    }

    /** Whether the form is for a note not saved yet. */
    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
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

    public Long getConnectorId() {
        return connectorId;
    }

    public void setConnectorId(Long connectorId) {
        this.connectorId = connectorId;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
