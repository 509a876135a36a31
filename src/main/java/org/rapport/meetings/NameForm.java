package org.rapport.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Quick capture of someone the connector suggested: a name, their organisation and a note, as heard. */
public class NameForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{meeting.name.required}")
    @Size(max = SuggestedName.NAME_LENGTH, message = "{field.tooLong}")
    private String name;

    @Size(max = SuggestedName.NAME_LENGTH, message = "{field.tooLong}")
    private String organisationName;

    @Size(max = SuggestedName.NOTE_LENGTH, message = "{field.tooLong}")
    private String note;

    @NotNull
    private NamePermission namePermission = NamePermission.NOT_ASKED;

    private boolean introducesFirst;

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

    public boolean isIntroducesFirst() {
        return introducesFirst;
    }

    public void setIntroducesFirst(boolean introducesFirst) {
        this.introducesFirst = introducesFirst;
    }
}
