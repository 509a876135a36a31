package org.rapport.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Time zones as people pick them: region zones only ("Europe/Lisbon"), sorted, each labelled with its offset as
 * it is now, so daylight saving is reflected.
 */
@Named
@ApplicationScoped
public class TimeZones {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
            .sorted().toList();

    private final Clock clock = Clock.systemUTC();

    public List<String> getZones() {
        return ZONES;
    }

    /** "Europe/Lisbon (UTC+00:00)": the offset as it is now; the id itself when it is not a known zone. */
    public String label(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        try {
            return id.replace('_', ' ') + " (UTC" + offsetText(ZoneId.of(id), clock.instant()) + ")";
        } catch (java.time.DateTimeException unknown) {
            return id;
        }
    }

    /** The time of day now in that zone ("14:05"), or empty when the id is not a known zone. */
    public String localTime(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        try {
            return java.time.LocalTime.now(clock.withZone(ZoneId.of(id)))
                    .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
        } catch (java.time.DateTimeException unknown) {
            return "";
        }
    }

    static String offsetText(ZoneId zone, Instant at) {
        ZoneOffset offset = zone.getRules().getOffset(at);
        return offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId();
    }
}
