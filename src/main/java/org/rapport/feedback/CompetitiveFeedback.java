package org.rapport.feedback;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.meetings.Meeting;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.BusinessException;
import org.rapport.platform.InvalidFieldException;
import org.rapport.platform.Require;
import org.rapport.research.Tags;

/**
 * What the connector said about the student's prospects in one meeting, structured: competitiveness for the roles
 * in view, whether they would consider hiring or referring the student, the gaps as tags and words, the next steps
 * they recommended and the student's own account of their candid remarks.
 */
@Entity
@Table(name = "meeting_feedback")
public class CompetitiveFeedback extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int ROLES_LENGTH = 200;
    public static final int GAPS_LENGTH = 2000;
    public static final int REMARKS_LENGTH = 4000;
    public static final int MAX_STEPS = 10;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Size(max = ROLES_LENGTH, message = "{field.tooLong}")
    @Column(name = "roles_in_view", length = ROLES_LENGTH)
    private String rolesInView;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "competitiveness", length = 20, nullable = false)
    private Competitiveness competitiveness = Competitiveness.NOT_DISCUSSED;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "hiring_stance", length = 20, nullable = false)
    private HiringStance hiringStance = HiringStance.NOT_ASKED;

    @ElementCollection
    @CollectionTable(name = "meeting_feedback_gap", joinColumns = @JoinColumn(name = "feedback_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", length = Tags.TAG_LENGTH, nullable = false)
    private List<String> gapTags = new ArrayList<>();

    @Size(max = GAPS_LENGTH, message = "{field.tooLong}")
    @Column(name = "gaps_text", length = GAPS_LENGTH)
    private String gapsText;

    @Size(max = REMARKS_LENGTH, message = "{field.tooLong}")
    @Column(name = "remarks", length = REMARKS_LENGTH)
    private String remarks;

    @OneToMany(mappedBy = "feedback", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position asc, id asc")
    private List<NextStep> nextSteps = new ArrayList<>();

    protected CompetitiveFeedback() {
        // for JPA
    }

    public CompetitiveFeedback(Meeting meeting) {
        this.meeting = Require.present(meeting, "meeting");
    }

    /** Records (or corrects) what was said. */
    public void record(String roles, Competitiveness newCompetitiveness, HiringStance newStance, List<String> gaps,
                       String newGapsText, String newRemarks) {
        this.rolesInView = Require.optionalText(roles, ROLES_LENGTH, "rolesInView");
        this.competitiveness = Require.present(newCompetitiveness, "competitiveness");
        this.hiringStance = Require.present(newStance, "hiringStance");
        this.gapTags.clear();
        this.gapTags.addAll(gaps);
        this.gapsText = Require.optionalText(newGapsText, GAPS_LENGTH, "gapsText");
        this.remarks = Require.optionalText(newRemarks, REMARKS_LENGTH, "remarks");
    }

    /**
     * Adds a recommended next step.
     *
     * @throws BusinessException when the feedback already holds {@value #MAX_STEPS} steps
     */
    public NextStep addStep(String text) {
        if (nextSteps.size() >= MAX_STEPS) {
            throw new InvalidFieldException("step", "feedback.step.tooMany", MAX_STEPS);
        }
        NextStep step = new NextStep(this, nextSteps.size(), text);
        nextSteps.add(step);
        return step;
    }

    /** Removes a step that has not become a task (a task is removed from the task list instead). */
    public void removeStep(NextStep step) {
        if (step.isTask()) {
            throw new BusinessException("feedback.step.isTask");
        }
        nextSteps.remove(step);
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getRolesInView() {
        return rolesInView;
    }

    public Competitiveness getCompetitiveness() {
        return competitiveness;
    }

    public HiringStance getHiringStance() {
        return hiringStance;
    }

    public List<String> getGapTags() {
        return List.copyOf(gapTags);
    }

    public String getGapsText() {
        return gapsText;
    }

    public String getRemarks() {
        return remarks;
    }

    public List<NextStep> getNextSteps() {
        return List.copyOf(nextSteps);
    }
}
