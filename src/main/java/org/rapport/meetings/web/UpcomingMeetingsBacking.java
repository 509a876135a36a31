package org.rapport.meetings.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.rapport.meetings.MeetingPipeline;
import org.rapport.meetings.MeetingService;
import org.rapport.meetings.MeetingState;
import org.rapport.meetings.MeetingSummary;
import org.rapport.meetings.StateCount;
import org.rapport.meetings.UpcomingMeeting;
import org.rapport.platform.PageRequest;
import org.rapport.platform.web.ErrorResponses;

/**
 * Backs the dashboard's meeting sections: the pipeline (meetings per state), the next booked meetings in the
 * student's time zone, and the planned meetings they are preparing. One query each, whatever the number of rows.
 */
@Named
@RequestScoped
public class UpcomingMeetingsBacking {

    private static final int ROWS = 5;

    @Inject
    private MeetingService meetings;

    @Inject
    private MeetingPipeline pipeline;

    private List<MeetingSummary> planned;
    private List<StateCount> states;
    private List<UpcomingMeeting> upcoming;

    public List<MeetingSummary> getPlanned() {
        if (planned == null) {
            planned = ErrorResponses.loadOrRefuse(() -> meetings.listMine(MeetingState.PLANNED, PageRequest.of(0, ROWS)));
        }
        return planned;
    }

    public List<StateCount> getPipeline() {
        if (states == null) {
            states = ErrorResponses.loadOrRefuse(() -> pipeline.myPipeline());
        }
        return states;
    }

    /** Whether the student has any meeting at all (the pipeline is shown only then). */
    public boolean isAnyMeeting() {
        List<StateCount> counts = getPipeline();
        return counts != null && counts.stream().anyMatch(count -> count.count() > 0);
    }

    public List<UpcomingMeeting> getUpcoming() {
        if (upcoming == null) {
            upcoming = ErrorResponses.loadOrRefuse(() -> pipeline.myUpcoming());
        }
        return upcoming;
    }

    /** Date, time and zone abbreviation in the student's zone, e.g. "Fri 15 Jan 2027, 10:00 PST". */
    public String when(UpcomingMeeting meeting) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz",
                FacesContext.getCurrentInstance().getViewRoot().getLocale()).format(meeting.startsLocal());
    }
}
