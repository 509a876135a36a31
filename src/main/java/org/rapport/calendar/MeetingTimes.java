package org.rapport.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.rapport.platform.InvalidFieldException;

/**
 * Time-zone rules for scheduling a meeting. A meeting is kept as an instant; people enter and read it as a local
 * date and time in their own zone. This class is where the two meet, so that a time the clocks skip is refused
 * instead of silently moved, a time the clocks repeat is read the same way every time, and each person sees the
 * meeting in their own zone with the zone named.
 */
public final class MeetingTimes {

    /** The shortest and longest notice, in days, a confirmation may be due before the meeting. */
    public static final int MIN_CONFIRMATION_DAYS = 1;
    public static final int MAX_CONFIRMATION_DAYS = 2;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE_NAME = new DateTimeFormatterBuilder()
            .appendZoneText(TextStyle.SHORT).toFormatter(Locale.ENGLISH);

    private MeetingTimes() {
    }

    /**
     * The zone for an IANA id such as {@code Europe/London}; offsets ("+02:00") and ids made up by libraries are
     * not zones a person chooses, so they are refused like unknown ones.
     *
     * @throws InvalidFieldException (field, "time.zone.unknown") for a blank/unknown IANA id
     */
    public static ZoneId zone(String id, String field) {
        String stripped = id == null ? "" : id.strip();
        if (stripped.isEmpty() || stripped.contains("~") || !ZoneId.getAvailableZoneIds().contains(stripped)) {
            throw new InvalidFieldException(field, "time.zone.unknown");
        }
        return ZoneId.of(stripped);
    }

    /**
     * The instant a local date and time stands for in a zone. A time that occurs twice (the clocks go back) is
     * taken at its earlier offset, the first time it happens, and marked ambiguous so the screen can say so.
     *
     * @throws InvalidFieldException (dateField, "time.date.required") when date null, (timeField,
     *         "time.time.required") when time null, (timeField, "time.gap", date, time, zone) when the local time
     *         does not exist that day (clocks go forward); the arguments are the date as "Sunday 8 March 2026", the
     *         time as "02:30" and the zone id
     */
    public static ResolvedTime resolve(LocalDate date, LocalTime time, ZoneId zone, String dateField,
                                       String timeField) {
        Objects.requireNonNull(zone, "zone");
        if (date == null) {
            throw new InvalidFieldException(dateField, "time.date.required");
        }
        if (time == null) {
            throw new InvalidFieldException(timeField, "time.time.required");
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            throw new InvalidFieldException(timeField, "time.gap", date.format(DAY), time.format(CLOCK), zone.getId());
        }
        // In an overlap the rules list the offset before the transition first: the earlier of the two instants.
        ZoneOffset offset = offsets.get(0);
        return new ResolvedTime(local.toInstant(offset), offset, offsets.size() > 1);
    }

    /**
     * The day the confirmation task is due: the meeting's local date in the student's zone minus daysBefore (1 or
     * 2), but never before today (a meeting booked at short notice is confirmed at once).
     *
     * @throws IllegalArgumentException when daysBefore is outside 1..2
     */
    public static LocalDate confirmationDue(Instant start, ZoneId studentZone, int daysBefore, LocalDate today) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(studentZone, "studentZone");
        Objects.requireNonNull(today, "today");
        if (daysBefore < MIN_CONFIRMATION_DAYS || daysBefore > MAX_CONFIRMATION_DAYS) {
            throw new IllegalArgumentException("Confirm 1 or 2 days before a meeting, not " + daysBefore);
        }
        LocalDate due = start.atZone(studentZone).toLocalDate().minusDays(daysBefore);
        return due.isBefore(today) ? today : due;
    }

    /**
     * "Tuesday 3 March 2026, 14:00–14:30 GMT (Europe/London)": a meeting as a person in that zone reads it, in
     * English, for templates and mails. The zone's short name is the one in force at the start (GMT or BST); the
     * end carries its own date when the meeting runs past midnight.
     */
    public static String describe(Instant start, int minutes, ZoneId zone) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = start.plus(Duration.ofMinutes(minutes)).atZone(zone);
        String end = to.toLocalDate().equals(from.toLocalDate())
                ? to.format(CLOCK)
                : to.format(DAY) + ", " + to.format(CLOCK);
        return from.format(DAY) + ", " + from.format(CLOCK) + "–" + end + " " + from.format(ZONE_NAME)
                + " (" + zone.getId() + ")";
    }

    /**
     * Windows the student offered, each described in the connector's zone, one per line prefixed with "- ",
     * earliest first; empty text when there are none.
     */
    public static String describeWindows(List<TimeWindow> windows, ZoneId connectorZone) {
        Objects.requireNonNull(connectorZone, "connectorZone");
        return windows.stream()
                .sorted(Comparator.comparing(TimeWindow::startsAt))
                .map(window -> "- " + describe(window.startsAt(), window.minutes(), connectorZone))
                .collect(Collectors.joining("\n"));
    }
}
