package org.rapport.meetings;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.rapport.connectors.ConnectorLevel;

/**
 * A meeting as its pages show it: the plan, the ranked list with its time line and checks, advisors' comments and
 * the names captured in meeting mode. {@code owner} says the signed-in student is the meeting's own; only then, and
 * only while it is being prepared, is the list {@code editable}.
 */
public record MeetingView(long id, long version, long listRevision, long studentId, String studentName,
                          long connectorId, String connectorName, ConnectorLevel connectorLevel,
                          String connectorTimeZone, Long organisationId, String organisationName, String purpose,
                          int plannedMinutes, MeetingState state, LocalDate heldOn, Integer actualMinutes,
                          List<ListItem> items, int lineIndex, int totalMinutes, List<CheckFinding> listChecks,
                          List<Comment> comments, List<Name> names, boolean owner) implements Serializable {

    /** An advisor's comment as shown. */
    public record Comment(long id, String authorName, String text, Instant at) implements Serializable {
    }

    /** A suggested name as shown. */
    public record Name(long id, long version, String name, String organisationName, String note,
                       NamePermission namePermission, ContactRoute contactRoute) implements Serializable {
    }

    public boolean editable() {
        return owner && state.isPreparing();
    }

    /** The conversation took place (held, thanked or closed). */
    public boolean held() {
        return state.isAfterConversation();
    }

    /** Only a booked meeting (scheduled or confirmed) can be marked held. */
    public boolean canMarkHeld() {
        return owner && state.isBooked();
    }

    /** Minutes of the items above the time line. */
    public int minutesInTime() {
        return items.stream().filter(item -> !item.belowLine()).mapToInt(ListItem::minutes).sum();
    }

    public boolean overTime() {
        return totalMinutes > plannedMinutes;
    }

    /** The ids of the list, in its order (what a reorder is checked against). */
    public List<Long> itemIds() {
        return items.stream().map(ListItem::id).toList();
    }
}
