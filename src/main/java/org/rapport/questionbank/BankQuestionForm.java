package org.rapport.questionbank;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.rapport.platform.EditForm;
import org.rapport.research.Tags;

/** What an advisor types to add or rewrite a bank question; {@code id == null} for a new one. */
public class BankQuestionForm extends EditForm {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{question.text.required}")
    @Size(max = BankQuestion.TEXT_LENGTH, message = "{field.tooLong}")
    private String text;

    @Size(max = BankQuestion.TEXT_LENGTH, message = "{field.tooLong}")
    @Pattern(regexp = "(?s).*\\{finding}.*", message = "{question.springboard.placeholder}")
    private String springboard;

    @NotNull(message = "{question.category.required}")
    private QuestionCategory category;

    private boolean fitPeer = true;
    private boolean fitMidCareer = true;
    private boolean fitSenior = true;

    @Size(max = Tags.INPUT_LENGTH, message = "{field.tooLong}")
    @Pattern(regexp = Tags.INPUT_PATTERN, message = "{notebook.tags.invalid}")
    private String focusTags;

    @NotNull(message = "{question.minutes.required}")
    @Min(value = 1, message = "{question.minutes.range}")
    @Max(value = BankQuestion.MAX_MINUTES, message = "{question.minutes.range}")
    private Integer minutes = 2;

    public static BankQuestionForm of(BankQuestion question) {
        BankQuestionForm form = new BankQuestionForm();
        form.fillFrom(question);
        form.text = question.getText();
        form.springboard = question.getSpringboard();
        form.category = question.getCategory();
        form.fitPeer = question.getFit().isPeer();
        form.fitMidCareer = question.getFit().isMidCareer();
        form.fitSenior = question.getFit().isSenior();
        form.focusTags = String.join(" ", question.getFocusTags());
        form.minutes = question.getMinutes();
        return form;
    }

    /** At least one level must be ticked; the message shows next to the first box. */
    @AssertTrue(message = "{question.fit.required}")
    public boolean isFitPeerValid() {
        return fitPeer || fitMidCareer || fitSenior;
    }

    public LevelFit fit() {
        return new LevelFit(fitPeer, fitMidCareer, fitSenior);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSpringboard() {
        return springboard;
    }

    public void setSpringboard(String springboard) {
        this.springboard = springboard;
    }

    public QuestionCategory getCategory() {
        return category;
    }

    public void setCategory(QuestionCategory category) {
        this.category = category;
    }

    public boolean isFitPeer() {
        return fitPeer;
    }

    public void setFitPeer(boolean fitPeer) {
        this.fitPeer = fitPeer;
    }

    public boolean isFitMidCareer() {
        return fitMidCareer;
    }

    public void setFitMidCareer(boolean fitMidCareer) {
        this.fitMidCareer = fitMidCareer;
    }

    public boolean isFitSenior() {
        return fitSenior;
    }

    public void setFitSenior(boolean fitSenior) {
        this.fitSenior = fitSenior;
    }

    public String getFocusTags() {
        return focusTags;
    }

    public void setFocusTags(String focusTags) {
        this.focusTags = focusTags;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }
}
