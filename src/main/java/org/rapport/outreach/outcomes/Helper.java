package org.rapport.outreach.outcomes;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rapport.meetings.MeetingState;

/**
 * Someone who helped the student along the way, with why they are listed: the student met them (a meeting held,
 * thanked or closed) or they referred the student to someone the student asked for a meeting. The meeting is the
 * one the "tell them" task links to (the meeting with them, or with the person they referred the student to).
 */
public record Helper(long connectorId, String name, Long meetingId, List<Reason> reasons) implements Serializable {

    /** States in which the student has met the connector. */
    static final Set<MeetingState> MET = Set.of(MeetingState.HELD, MeetingState.THANKED, MeetingState.CLOSED);

    /** Why a helper is listed: met on a day (or undated), or referred the student to someone. */
    public record Reason(String messageKey, String detail) implements Serializable {
    }

    /**
     * Everyone who helped, distinct, by name: the connectors of meetings held, thanked or closed, and the referrers
     * of every connector the student asked (rows for planned or cancelled meetings are ignored).
     */
    public static List<Helper> collect(List<HelpRow> rows) {
        Map<Long, Helper> helpers = new LinkedHashMap<>();
        List<HelpRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(HelpRow::meetingId));
        for (HelpRow row : ordered) {
            if (row.state() == MeetingState.PLANNED || row.state() == MeetingState.CANCELLED) {
                continue;
            }
            if (MET.contains(row.state())) {
                LocalDate on = row.heldOn();
                add(helpers, row.connectorId(), row.connectorName(), row.meetingId(), on == null
                        ? new Reason("outcomes.helper.metUndated", "")
                        : new Reason("outcomes.helper.met", on.toString()));
            }
            if (row.referrerId() != null) {
                add(helpers, row.referrerId(), row.referrerName(), row.meetingId(),
                        new Reason("outcomes.helper.referred", row.connectorName()));
            }
        }
        List<Helper> list = new ArrayList<>(helpers.values());
        list.sort(Comparator.comparing(Helper::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Helper::connectorId));
        return list;
    }

    private static void add(Map<Long, Helper> helpers, long connectorId, String name, long meetingId, Reason reason) {
        Helper known = helpers.get(connectorId);
        if (known == null) {
            helpers.put(connectorId, new Helper(connectorId, name, meetingId, new ArrayList<>(List.of(reason))));
        } else if (!known.reasons().contains(reason)) {
            known.reasons().add(reason);
        }
    }
}
