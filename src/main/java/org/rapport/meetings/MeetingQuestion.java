package org.rapport.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.BusinessException;
import org.rapport.platform.InvalidFieldException;
import org.rapport.platform.Require;
import org.rapport.questionbank.LevelFit;
import org.rapport.questionbank.QuestionCategory;

/**
 * One item of a meeting's ranked list: a question (from the bank, the student's own, or an open hypothesis turned
 * into a question) or a talking point (news to share). It keeps its own copy of the wording, so a bank question
 * rewritten or retired later leaves the list as it was. In meeting mode it records whether it was asked, with a
 * note.
 */
@Entity
@Table(name = "meeting_question")
public class MeetingQuestion extends BaseEntity implements QuestionChecks.Checked {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_LENGTH = 1000;
    public static final int NOTE_LENGTH = 4000;
    public static final int MAX_MINUTES = 30;

    /** What a new item is made of. */
    public record Draft(ItemKind kind, QuestionSource source, String text, QuestionCategory category, int minutes,
                        LevelFit fit, Long bankQuestionId, Long hypothesisId, Long newsItemId) {
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(name = "position", nullable = false)
    private int position;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", length = 20, nullable = false, updatable = false)
    private ItemKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "source", length = 20, nullable = false, updatable = false)
    private QuestionSource source;

    @NotBlank(message = "{meeting.question.required}")
    @Size(max = TEXT_LENGTH, message = "{field.tooLong}")
    @Column(name = "text", length = TEXT_LENGTH, nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "category", length = 40)
    private QuestionCategory category;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "must_ask", nullable = false)
    private boolean mustAsk;

    @Embedded
    private LevelFit fit;

    @Column(name = "bank_question_id", updatable = false)
    private Long bankQuestionId;

    @Column(name = "hypothesis_id", updatable = false)
    private Long hypothesisId;

    @Column(name = "news_item_id", updatable = false)
    private Long newsItemId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "outcome", length = 20, nullable = false)
    private QuestionOutcome outcome = QuestionOutcome.NOT_YET;

    @Size(max = NOTE_LENGTH, message = "{field.tooLong}")
    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    protected MeetingQuestion() {
        // for JPA
    }

    MeetingQuestion(Meeting meeting, int position, Draft draft) {
        this.meeting = Require.present(meeting, "meeting");
        this.position = position;
        this.kind = Require.present(draft.kind(), "kind");
        this.source = Require.present(draft.source(), "source");
        this.category = draft.category();
        this.fit = draft.fit();
        this.bankQuestionId = draft.bankQuestionId();
        this.hypothesisId = draft.hypothesisId();
        this.newsItemId = draft.newsItemId();
        this.mustAsk = kind == ItemKind.QUESTION && category != null && category.isMustAsk();
        reword(draft.text(), draft.minutes());
    }

    /** Corrects the wording or the minutes it takes, while the meeting is being prepared. */
    public void reword(String newText, int newMinutes) {
        if (newMinutes < 0 || newMinutes > MAX_MINUTES) {
            throw new InvalidFieldException("minutes", "meeting.question.minutesRange", 0, MAX_MINUTES);
        }
        this.text = Require.text(newText, TEXT_LENGTH, "text");
        this.minutes = newMinutes;
    }

    /** What happened to it in the meeting, with the student's note. */
    public void record(QuestionOutcome newOutcome, String newNote) {
        this.outcome = Require.present(newOutcome, "outcome");
        this.note = Require.optionalText(newNote, NOTE_LENGTH, "note");
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    @Override
    public long id() {
        return getId();
    }

    @Override
    public int minutes() {
        return minutes;
    }

    @Override
    public boolean mustAsk() {
        return mustAsk;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public ItemKind kind() {
        return kind;
    }

    @Override
    public QuestionCategory category() {
        return category;
    }

    @Override
    public LevelFit fit() {
        return fit;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getPosition() {
        return position;
    }

    public ItemKind getKind() {
        return kind;
    }

    public QuestionSource getSource() {
        return source;
    }

    public String getText() {
        return text;
    }

    public QuestionCategory getCategory() {
        return category;
    }

    public int getMinutes() {
        return minutes;
    }

    public boolean isMustAsk() {
        return mustAsk;
    }

    public Long getBankQuestionId() {
        return bankQuestionId;
    }

    public Long getHypothesisId() {
        return hypothesisId;
    }

    public Long getNewsItemId() {
        return newsItemId;
    }

    public QuestionOutcome getOutcome() {
        return outcome;
    }

    public String getNote() {
        return note;
    }
}
