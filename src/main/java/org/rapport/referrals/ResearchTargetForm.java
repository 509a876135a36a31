package org.rapport.referrals;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * An entry of the research list, new or changed: one of the student's connectors, or a name, an organisation, or
 * both; {@code version} is the stored entry's when changing one.
 */
public class ResearchTargetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;

    private Long connectorId;

    @Size(max = Referral.NAME_LENGTH, message = "{field.tooLong}")
    private String name;

    @Size(max = Referral.ORGANISATION_LENGTH, message = "{field.tooLong}")
    private String organisationName;

    @Size(max = Referral.NOTE_LENGTH, message = "{field.tooLong}")
    private String note;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
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
}
