package org.rapport.feedback;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.rapport.research.Tags;

/**
 * What the student records of the connector's competitive feedback: the roles in view, the two coded answers, the
 * gaps as tags (typed on one line, like note tags) and in words, and the candid remarks in their own words.
 */
public class FeedbackForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;

    @Size(max = CompetitiveFeedback.ROLES_LENGTH, message = "{field.tooLong}")
    private String rolesInView;

    @NotNull(message = "{feedback.competitiveness.required}")
    private Competitiveness competitiveness = Competitiveness.NOT_DISCUSSED;

    @NotNull(message = "{feedback.hiring.required}")
    private HiringStance hiringStance = HiringStance.NOT_ASKED;

    @Size(max = Tags.INPUT_LENGTH, message = "{field.tooLong}")
    @Pattern(regexp = Tags.INPUT_PATTERN, message = "{notebook.tags.invalid}")
    private String gapTags;

    @Size(max = CompetitiveFeedback.GAPS_LENGTH, message = "{field.tooLong}")
    private String gapsText;

    @Size(max = CompetitiveFeedback.REMARKS_LENGTH, message = "{field.tooLong}")
    private String remarks;

    public static FeedbackForm of(CompetitiveFeedback feedback) {
        FeedbackForm form = new FeedbackForm();
        form.version = feedback.getVersion();
        form.rolesInView = feedback.getRolesInView();
        form.competitiveness = feedback.getCompetitiveness();
        form.hiringStance = feedback.getHiringStance();
        form.gapTags = String.join(" ", feedback.getGapTags());
        form.gapsText = feedback.getGapsText();
        form.remarks = feedback.getRemarks();
        return form;
    }

    /** A form filled from the feedback as shown (the student's page reads it once for both). */
    public static FeedbackForm of(FeedbackView view) {
        FeedbackForm form = new FeedbackForm();
        form.version = view.version();
        form.rolesInView = view.rolesInView();
        form.competitiveness = view.competitiveness();
        form.hiringStance = view.hiringStance();
        form.gapTags = String.join(" ", view.gapTags());
        form.gapsText = view.gapsText();
        form.remarks = view.remarks();
        return form;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getRolesInView() {
        return rolesInView;
    }

    public void setRolesInView(String rolesInView) {
        this.rolesInView = rolesInView;
    }

    public Competitiveness getCompetitiveness() {
        return competitiveness;
    }

    public void setCompetitiveness(Competitiveness competitiveness) {
        this.competitiveness = competitiveness;
    }

    public HiringStance getHiringStance() {
        return hiringStance;
    }

    public void setHiringStance(HiringStance hiringStance) {
        this.hiringStance = hiringStance;
    }

    public String getGapTags() {
        return gapTags;
    }

    public void setGapTags(String gapTags) {
        this.gapTags = gapTags;
    }

    public String getGapsText() {
        return gapsText;
    }

    public void setGapsText(String gapsText) {
        this.gapsText = gapsText;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }
}
