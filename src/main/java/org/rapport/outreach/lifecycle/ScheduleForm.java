package org.rapport.outreach.lifecycle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.rapport.meetings.Caller;
import org.rapport.meetings.Meeting;
import org.rapport.meetings.MeetingMode;
import org.rapport.meetings.MeetingSchedule;

/**
 * "They said yes": the local date and time agreed, the zone they were said in (the student's own, or the
 * connector's when known), the length, how the conversation happens, where or on which number, who calls whom and
 * whether a meal is involved. The zone options are filled in by the service; the rest is what the student types.
 */
public class ScheduleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;
    private LocalDate startDate;
    private LocalTime startTime;
    private String zone;
    private List<String> zoneOptions = List.of();

    @NotNull(message = "{schedule.minutes.range}")
    @Min(value = Meeting.MIN_MINUTES, message = "{schedule.minutes.range}")
    @Max(value = Meeting.MAX_MINUTES, message = "{schedule.minutes.range}")
    private Integer minutes;

    @NotNull(message = "{schedule.mode.required}")
    private MeetingMode mode;

    @Size(max = MeetingSchedule.PLACE_LENGTH, message = "{field.tooLong}")
    private String place;

    private Caller caller = Caller.NOT_APPLICABLE;
    private boolean meal;

    public ScheduleForm() {
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    /** The IANA id of the zone the date and time are in. */
    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    /** The zones the student may choose from: theirs first, then the connector's when it is known and different. */
    public List<String> getZoneOptions() {
        return zoneOptions;
    }

    public void setZoneOptions(List<String> zoneOptions) {
        this.zoneOptions = zoneOptions == null ? List.of() : List.copyOf(zoneOptions);
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public MeetingMode getMode() {
        return mode;
    }

    public void setMode(MeetingMode mode) {
        this.mode = mode;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Caller getCaller() {
        return caller;
    }

    public void setCaller(Caller caller) {
        this.caller = caller;
    }

    public boolean isMeal() {
        return meal;
    }

    public void setMeal(boolean meal) {
        this.meal = meal;
    }
}
