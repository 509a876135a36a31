package org.rapport.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.ReorderEvent;
import org.rapport.meetings.MeetingView;
import org.rapport.meetings.QuestionListService;
import org.rapport.meetings.RankResult;
import org.rapport.platform.BusinessException;
import org.rapport.platform.web.FormActions;
import org.rapport.platform.web.Messages;

/**
 * Backs the ranked list on {@code /student/meeting}: reorder by drag and drop (the order the screen showed, sent with
 * the list revision it was read at, so a stale tab is merged rather than obeyed), move one item by keyboard, and
 * remove items; a must-ask item asks for confirmation first.
 */
@Named
@ViewScoped
public class QuestionListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "list";

    @Inject
    private QuestionListService list;

    @Inject
    private MeetingPlanBacking meeting;

    /** The must-ask item the student tried to remove, awaiting "Remove anyway". */
    private Long confirming;

    /** A row dragged from one place to another: the order as this screen showed it, with that row moved. */
    public void onRowReorder(ReorderEvent event) {
        MeetingView view = meeting.getView();
        List<Long> order = new ArrayList<>(view.itemIds());
        if (event.getFromIndex() < order.size() && event.getToIndex() <= order.size()) {
            order.add(event.getToIndex(), order.remove(event.getFromIndex()));
        }
        RankResult[] result = new RankResult[1];
        if (FormActions.attempt(FORM, MeetingPlanBacking.CONFLICT,
                () -> result[0] = list.rank(view.id(), order, view.listRevision()))) {
            announce(result[0]);
        }
        meeting.refresh();
    }

    /** Moves an item one place up ({@code -1}) or down ({@code +1}): the keyboard way to rank. */
    public void move(long itemId, int step) {
        RankResult[] result = new RankResult[1];
        if (FormActions.attempt(FORM, MeetingPlanBacking.CONFLICT,
                () -> result[0] = list.move(meeting.getId(), itemId, step))) {
            announce(result[0]);
        }
        meeting.refresh();
    }

    public void remove(long itemId, boolean knowingly) {
        try {
            list.remove(meeting.getId(), itemId, knowingly);
            confirming = null;
            Messages.info("meeting.list.removed");
        } catch (BusinessException refused) {
            if (!knowingly && "meeting.list.mustAskRemoval".equals(refused.getMessageKey())) {
                confirming = itemId;
            }
            Messages.error(null, refused);
        }
        meeting.refresh();
    }

    public void keep() {
        confirming = null;
    }

    private static void announce(RankResult result) {
        if (result.merged()) {
            Messages.info("meeting.list.merged");
        }
        if (result.lifted()) {
            Messages.info("meeting.list.lifted");
        }
        if (!result.merged() && !result.lifted()) {
            Messages.info("meeting.list.ranked");
        }
    }

    public Long getConfirming() {
        return confirming;
    }
}
