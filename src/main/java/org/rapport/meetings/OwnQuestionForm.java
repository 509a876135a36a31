package org.rapport.meetings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.rapport.questionbank.QuestionCategory;

/** A question in the student's own words, with the category it belongs to (optional) and the minutes it needs. */
public class OwnQuestionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{meeting.question.required}")
    @Size(max = MeetingQuestion.TEXT_LENGTH, message = "{field.tooLong}")
    private String text;

    private QuestionCategory category;

    @NotNull(message = "{meeting.question.minutesRequired}")
    @Min(value = 1, message = "{meeting.question.minutesRange}")
    @Max(value = MeetingQuestion.MAX_MINUTES, message = "{meeting.question.minutesRange}")
    private Integer minutes = 2;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public QuestionCategory getCategory() {
        return category;
    }

    public void setCategory(QuestionCategory category) {
        this.category = category;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }
}
