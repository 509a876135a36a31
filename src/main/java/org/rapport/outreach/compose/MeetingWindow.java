package org.rapport.outreach.compose;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.calendar.TimeWindow;
import org.rapport.meetings.Meeting;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/**
 * A span of time the student offers the connector in a request, follow-up or reply to an objection. Kept as
 * instants (UTC) so that the student enters it in their own zone and the connector reads it in theirs; it always
 * ends after it starts (the schema checks that too).
 */
@Entity
@Table(name = "meeting_window")
@NamedQuery(name = MeetingWindow.LIST_BY_MEETING,
        query = "select w from MeetingWindow w where w.meeting.id = :meeting order by w.startsAt, w.id")
public class MeetingWindow extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String LIST_BY_MEETING = "MeetingWindow.listByMeeting";

    /** How many windows a request offers at most: a few choices, not a calendar. */
    public static final int MAX_PER_MEETING = 5;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    protected MeetingWindow() {
        // for JPA
    }

    /** @throws IllegalArgumentException when the window does not end after it starts */
    public MeetingWindow(Meeting meeting, TimeWindow window) {
        this.meeting = Require.present(meeting, "meeting");
        Require.present(window, "window");
        this.startsAt = window.startsAt();
        this.endsAt = window.endsAt();
    }

    public TimeWindow toTimeWindow() {
        return new TimeWindow(startsAt, endsAt);
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }
}
