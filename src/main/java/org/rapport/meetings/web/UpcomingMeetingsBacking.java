package org.rapport.meetings.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.rapport.meetings.MeetingService;
import org.rapport.meetings.MeetingState;
import org.rapport.meetings.MeetingSummary;
import org.rapport.platform.PageRequest;
import org.rapport.platform.web.ErrorResponses;

/** Backs the dashboard's "meetings you are preparing": the student's planned meetings, most recently worked on first. */
@Named
@RequestScoped
public class UpcomingMeetingsBacking {

    private static final int ROWS = 5;

    @Inject
    private MeetingService meetings;

    private List<MeetingSummary> planned;

    public List<MeetingSummary> getPlanned() {
        if (planned == null) {
            planned = ErrorResponses.loadOrRefuse(() -> meetings.listMine(MeetingState.PLANNED, PageRequest.of(0, ROWS)));
        }
        return planned;
    }
}
