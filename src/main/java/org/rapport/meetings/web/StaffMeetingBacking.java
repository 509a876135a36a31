package org.rapport.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.rapport.feedback.FeedbackService;
import org.rapport.feedback.FeedbackView;
import org.rapport.meetings.CheckFinding;
import org.rapport.meetings.ListItem;
import org.rapport.meetings.MeetingComment;
import org.rapport.meetings.MeetingService;
import org.rapport.meetings.MeetingView;
import org.rapport.platform.BusinessException;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.Messages;

/**
 * Backs {@code /staff/meeting?id=…}: the caseload advisor reads a student's meeting (plan, ranked list with its time
 * line and checks, what happened if it was held, names, competitive feedback) and comments on it. Nothing here
 * changes the meeting: the only action is a comment. The service decides who may read and comment (403 otherwise).
 */
@Named
@ViewScoped
public class StaffMeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingService meetings;

    @Inject
    private FeedbackService feedbackService;

    private Long id;
    private MeetingView view;
    private FeedbackView feedback;

    @Size(max = MeetingComment.TEXT_LENGTH, message = "{field.tooLong}")
    private String comment;

    public void load() {
        if (view != null) {
            return;
        }
        view = ErrorResponses.loadOrRefuse(id, "meeting", () -> meetings.view(id));
        if (view != null) {
            feedback = feedbackService.view(id);
        }
    }

    /** Posts the comment; the thread then shows it and the field is emptied for the next one. */
    public void post() {
        try {
            meetings.comment(id, comment);
        } catch (BusinessException refused) {
            Messages.error(null, refused);
            return;
        }
        comment = null;
        view = meetings.view(id);
        Messages.info("staffMeeting.comment.saved");
    }

    /** A check's explanation, with its figures filled in. */
    public String checkText(CheckFinding finding) {
        return Messages.text(finding.check().messageKey(), finding.argumentArray());
    }

    /** The items that fit in the planned length. */
    public List<ListItem> getInTime() {
        return view.items().subList(0, view.lineIndex());
    }

    /** The items for if time allows (below the line). */
    public List<ListItem> getIfTime() {
        return view.items().subList(view.lineIndex(), view.items().size());
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

    public FeedbackView getFeedback() {
        return feedback;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
