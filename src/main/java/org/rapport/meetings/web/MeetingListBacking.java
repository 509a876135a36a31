package org.rapport.meetings.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.rapport.meetings.MeetingService;
import org.rapport.meetings.MeetingState;
import org.rapport.meetings.MeetingSummary;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.PageRequest;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.PagedModel;

/**
 * Backs {@code /student/meetings}: the signed-in student's meetings, paged and sorted in MariaDB, filtered by
 * stage, or a first step to take while there are none.
 */
@Named
@ViewScoped
public class MeetingListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingService meetings;

    private MeetingState state;
    private boolean none;

    private final LazyDataModel<MeetingSummary> rows = new PagedModel<>(
            nothing -> meetings.countMine(state),
            page -> meetings.listMine(state, new PageRequest(page.first(), page.size(), page.sortKey(),
                    page.ascending(), null)),
            MeetingSummary::id);

    @PostConstruct
    void load() {
        try {
            none = meetings.countMine(null) == 0;
        } catch (NotFoundException missing) {
            ErrorResponses.notFound(missing);
        }
    }

    public List<MeetingState> getStates() {
        return List.of(MeetingState.values());
    }

    public boolean isNone() {
        return none;
    }

    public LazyDataModel<MeetingSummary> getRows() {
        return rows;
    }

    public MeetingState getState() {
        return state;
    }

    public void setState(MeetingState state) {
        this.state = state;
    }
}
