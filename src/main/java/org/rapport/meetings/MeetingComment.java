package org.rapport.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/**
 * A caseload advisor's comment on a student's meeting and its question list ("Ask her about the rotation
 * programme first"). The student reads it on the meeting page; comments are never edited, only added.
 */
@Entity
@Table(name = "meeting_comment")
public class MeetingComment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_LENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(name = "author_account_id", nullable = false, updatable = false)
    private long authorAccountId;

    @Column(name = "author_name", length = 200, nullable = false, updatable = false)
    private String authorName;

    @NotBlank(message = "{meeting.comment.required}")
    @Size(max = TEXT_LENGTH, message = "{field.tooLong}")
    @Column(name = "text", length = TEXT_LENGTH, nullable = false, updatable = false)
    private String text;

    protected MeetingComment() {
        // for JPA
    }

    public MeetingComment(Meeting meeting, long authorAccountId, String authorName, String text) {
        this.meeting = Require.present(meeting, "meeting");
        this.authorAccountId = authorAccountId;
        this.authorName = Require.text(authorName, 200, "authorName");
        this.text = Require.text(text, TEXT_LENGTH, "text");
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getText() {
        return text;
    }
}
