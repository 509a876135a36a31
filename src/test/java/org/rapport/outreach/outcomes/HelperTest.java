package org.rapport.outreach.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapport.meetings.MeetingState;

/** Who is listed as having helped, and why, when the student closes the loop. */
class HelperTest {

    private static final LocalDate HELD = LocalDate.of(2026, 10, 14);

    @Test
    void metConnectorsAndTheReferrersOfAnyoneAskedAreListedOnceByName() {
        List<Helper> helpers = Helper.collect(List.of(
                // Met Dmitri, whom Zoe referred.
                new HelpRow(1, MeetingState.HELD, HELD, 10, "Dmitri Albescu", 20L, "Zoe Adler"),
                // Asked Carmen (no answer yet), also referred by Zoe: Zoe is listed once, with both reasons.
                new HelpRow(2, MeetingState.REQUESTED, null, 11, "Carmen Ruiz", 20L, "Zoe Adler"),
                // Still planned: neither the connector nor the referrer helped yet.
                new HelpRow(3, MeetingState.PLANNED, null, 12, "Paul Planned", 21L, "Rita Referrer"),
                // Cancelled: ignored too.
                new HelpRow(4, MeetingState.CANCELLED, null, 13, "Cal Cancelled", 22L, "Cora Cancelled"),
                // Thanked, nobody referred.
                new HelpRow(5, MeetingState.THANKED, HELD.plusDays(3), 14, "Ben Okafor", null, null),
                // Declined, but referred by Lena: Lena still helped.
                new HelpRow(6, MeetingState.DECLINED, null, 15, "Dora Declined", 23L, "lena Brandt")));

        assertEquals(List.of("Ben Okafor", "Dmitri Albescu", "lena Brandt", "Zoe Adler"),
                helpers.stream().map(Helper::name).toList(), "distinct, by name, case aside");
        Helper zoe = helpers.get(3);
        assertEquals(20L, zoe.connectorId());
        assertEquals(1L, zoe.meetingId(), "the task links to the first meeting she made possible");
        assertEquals(List.of(new Helper.Reason("outcomes.helper.referred", "Dmitri Albescu"),
                new Helper.Reason("outcomes.helper.referred", "Carmen Ruiz")), zoe.reasons());
        assertEquals(List.of(new Helper.Reason("outcomes.helper.met", "2026-10-14")), helpers.get(1).reasons());
        assertEquals(6L, helpers.get(2).meetingId(), "the meeting with the person she referred");
    }

    @Test
    void someoneMetAndAlsoAReferrerGetsBothReasons() {
        List<Helper> helpers = Helper.collect(List.of(
                new HelpRow(1, MeetingState.CLOSED, null, 10, "Dmitri Albescu", null, null),
                new HelpRow(2, MeetingState.SCHEDULED, null, 11, "Carmen Ruiz", 10L, "Dmitri Albescu")));
        assertEquals(1, helpers.size(), "Carmen is only asked; Dmitri is listed once");
        assertEquals(List.of(new Helper.Reason("outcomes.helper.metUndated", ""),
                new Helper.Reason("outcomes.helper.referred", "Carmen Ruiz")), helpers.get(0).reasons());
    }
}
