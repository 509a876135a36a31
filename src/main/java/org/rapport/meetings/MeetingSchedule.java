package org.rapport.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.platform.Require;

/**
 * What the student and the connector agreed: the instant it starts (UTC), how, where or on which number, who calls
 * whom, whether a meal is involved, and both parties' time zones as they were when it was agreed, so each side's
 * local time can be shown and written into the invitation.
 */
@Embeddable
public class MeetingSchedule implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PLACE_LENGTH = 300;
    public static final int ZONE_LENGTH = 64;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "starts_at")
    private Instant startsAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "meeting_mode", length = 20)
    private MeetingMode mode;

    @Column(name = "place", length = PLACE_LENGTH)
    private String place;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "caller", length = 20)
    private Caller caller;

    @Column(name = "meal", nullable = false)
    private boolean meal;

    @Column(name = "student_zone", length = ZONE_LENGTH)
    private String studentZone;

    @Column(name = "connector_zone", length = ZONE_LENGTH)
    private String connectorZone;

    protected MeetingSchedule() {
        // for JPA: all columns empty until a meeting is scheduled
    }

    public MeetingSchedule(Instant startsAt, MeetingMode mode, String place, Caller caller, boolean meal,
                           ZoneId studentZone, ZoneId connectorZone) {
        this.startsAt = Require.present(startsAt, "startsAt");
        this.mode = Require.present(mode, "mode");
        this.place = Require.optionalText(place, PLACE_LENGTH, "place");
        this.caller = caller == null ? Caller.NOT_APPLICABLE : caller;
        this.meal = meal;
        this.studentZone = Require.present(studentZone, "studentZone").getId();
        this.connectorZone = (connectorZone == null ? studentZone : connectorZone).getId();
    }

    /** Whether a time was ever agreed (an unscheduled meeting's embeddable is all nulls). */
    public boolean isSet() {
        return startsAt != null;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public MeetingMode getMode() {
        return mode;
    }

    public String getPlace() {
        return place;
    }

    public Caller getCaller() {
        return caller;
    }

    public boolean isMeal() {
        return meal;
    }

    public ZoneId studentZone() {
        return studentZone == null ? null : ZoneId.of(studentZone);
    }

    public ZoneId connectorZone() {
        return connectorZone == null ? null : ZoneId.of(connectorZone);
    }

    public ZonedDateTime studentLocal() {
        return startsAt == null ? null : startsAt.atZone(studentZone());
    }

    public ZonedDateTime connectorLocal() {
        return startsAt == null ? null : startsAt.atZone(connectorZone());
    }

    /** Whether the two parties see different clock times (different offsets at that instant). */
    public boolean zonesDiffer() {
        return startsAt != null && !studentLocal().getOffset().equals(connectorLocal().getOffset());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeetingSchedule that && Objects.equals(startsAt, that.startsAt)
                && mode == that.mode && Objects.equals(place, that.place) && caller == that.caller
                && meal == that.meal && Objects.equals(studentZone, that.studentZone)
                && Objects.equals(connectorZone, that.connectorZone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startsAt, mode, place, caller, meal, studentZone, connectorZone);
    }
}
