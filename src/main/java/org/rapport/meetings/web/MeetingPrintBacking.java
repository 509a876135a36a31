package org.rapport.meetings.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.rapport.meetings.ListItem;
import org.rapport.meetings.MeetingService;
import org.rapport.meetings.MeetingView;
import org.rapport.platform.web.ErrorResponses;

/**
 * Backs the printable question list, {@code /student/meeting-print?id=…} for the student and
 * {@code /staff/meeting-print?id=…} for their caseload advisor: the plan, the ranked list split at the time line,
 * and each item's minutes so far. The service decides who may read the meeting (403 or 404 otherwise).
 */
@Named
@RequestScoped
public class MeetingPrintBacking {

    @Inject
    private MeetingService meetings;

    private Long id;
    private MeetingView view;

    public void load() {
        view = ErrorResponses.loadOrRefuse(id, "meeting", () -> meetings.view(id));
    }

    /** The items that fit in the planned length. */
    public List<ListItem> getInTime() {
        return view.items().subList(0, view.lineIndex());
    }

    /** The items for if time allows (below the line). */
    public List<ListItem> getIfTime() {
        return view.items().subList(view.lineIndex(), view.items().size());
    }

    /** Minutes of the list up to and including the item at {@code rank}. */
    public int minutesSoFar(int rank) {
        return view.items().stream().limit(rank).mapToInt(ListItem::minutes).sum();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeetingView getView() {
        return view;
    }
}
