package org.rapport.meetings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;

/** "It happened": the day (not after today in the student's time zone; the meeting checks) and how many minutes it actually took (meeting mode's timer fills in the minutes). */
public class HeldForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;

    @NotNull(message = "{meeting.held.dateRequired}")
    private LocalDate heldOn;

    @NotNull(message = "{meeting.held.minutesRequired}")
    @Min(value = 1, message = "{meeting.held.minutesRange}")
    @Max(value = 600, message = "{meeting.held.minutesRange}")
    private Integer actualMinutes;

    public HeldForm() {
    }

    public HeldForm(long version, LocalDate heldOn, Integer actualMinutes) {
        this.version = version;
        this.heldOn = heldOn;
        this.actualMinutes = actualMinutes;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Integer getActualMinutes() {
        return actualMinutes;
    }

    public void setActualMinutes(Integer actualMinutes) {
        this.actualMinutes = actualMinutes;
    }
}
