package org.rapport.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.rapport.platform.EditForm;
import org.rapport.platform.InvalidFieldException;

/**
 * What a student fills in to plan a meeting: the connector, the organisation (their connector's, unless they name
 * another), the purpose and the length they will ask for: 15, 20 or 30 minutes, or a custom length.
 */
public class MeetingForm extends EditForm {

    private static final long serialVersionUID = 1L;

    /** The usual lengths; anything else is "custom". */
    public static final String CUSTOM = "CUSTOM";

    @NotNull(message = "{meeting.connector.required}")
    private Long connectorId;

    @Size(max = 160, message = "{field.tooLong}")
    private String organisationName;

    @NotBlank(message = "{meeting.purpose.required}")
    @Size(max = Meeting.PURPOSE_LENGTH, message = "{field.tooLong}")
    private String purpose;

    @NotNull(message = "{meeting.length.required}")
    @Pattern(regexp = "15|20|30|" + CUSTOM, message = "{meeting.length.required}")
    private String length = "20";

    private Integer customMinutes;

    public static MeetingForm of(Meeting meeting) {
        MeetingForm form = new MeetingForm();
        form.fillFrom(meeting);
        form.connectorId = meeting.getConnector().getId();
        form.organisationName = meeting.getOrganisation() == null ? null : meeting.getOrganisation().getName();
        form.purpose = meeting.getPurpose();
        int minutes = meeting.getPlannedMinutes();
        if (minutes == 15 || minutes == 20 || minutes == 30) {
            form.length = String.valueOf(minutes);
        } else {
            form.length = CUSTOM;
            form.customMinutes = minutes;
        }
        return form;
    }

    /**
     * The length asked for, in minutes.
     *
     * @throws InvalidFieldException when "custom" was chosen without a number of minutes
     */
    public int plannedMinutes() {
        if (!CUSTOM.equals(length)) {
            return Integer.parseInt(length);
        }
        if (customMinutes == null) {
            throw new InvalidFieldException("customMinutes", "meeting.length.range", Meeting.MIN_MINUTES,
                    Meeting.MAX_MINUTES);
        }
        return customMinutes;
    }

    public Long getConnectorId() {
        return connectorId;
    }

    public void setConnectorId(Long connectorId) {
        this.connectorId = connectorId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getLength() {
        return length;
    }

    public void setLength(String length) {
        this.length = length;
    }

    public Integer getCustomMinutes() {
        return customMinutes;
    }

    public void setCustomMinutes(Integer customMinutes) {
        this.customMinutes = customMinutes;
    }
}
