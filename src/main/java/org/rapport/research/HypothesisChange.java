package org.rapport.research;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.connectors.Connector;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/**
 * One move of a hypothesis's status, kept for good: from what to what, the evidence (what was said), who said it
 * and when, and the wording it had before, when a refinement reworded it. Made only by
 * {@link Hypothesis#recordOutcome}. When the evidence was heard in a meeting, the change
 * keeps that meeting's id (research does not depend on meetings; the foreign key lives in SQL).
 */
@Entity
@Table(name = "research_hypothesis_change")
public class HypothesisChange extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int EVIDENCE_LENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hypothesis_id", nullable = false, updatable = false)
    private Hypothesis hypothesis;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status", length = 20, nullable = false, updatable = false)
    private HypothesisStatus fromStatus;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status", length = 20, nullable = false, updatable = false)
    private HypothesisStatus toStatus;

    @NotBlank(message = "{notebook.evidence.required}")
    @Size(max = EVIDENCE_LENGTH, message = "{field.tooLong}")
    @Column(name = "evidence", length = EVIDENCE_LENGTH, nullable = false, updatable = false)
    private String evidence;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "heard_from_connector_id", updatable = false)
    private Connector heardFrom;

    @NotNull(message = "{notebook.date.required}")
    @PastOrPresent(message = "{notebook.date.future}")
    @Column(name = "heard_on", nullable = false, updatable = false)
    private LocalDate heardOn;

    @Size(max = Hypothesis.STATEMENT_LENGTH, message = "{field.tooLong}")
    @Column(name = "previous_statement", length = Hypothesis.STATEMENT_LENGTH, updatable = false)
    private String previousStatement;

    /** The meeting the evidence was heard in, when it came from meeting mode. */
    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    protected HypothesisChange() {
        // for JPA
    }

    HypothesisChange(Hypothesis hypothesis, HypothesisStatus fromStatus, HypothesisStatus toStatus, String evidence,
                     Connector heardFrom, LocalDate heardOn, String previousStatement, Long meetingId) {
        this.hypothesis = Require.present(hypothesis, "hypothesis");
        this.fromStatus = Require.present(fromStatus, "fromStatus");
        this.toStatus = Require.present(toStatus, "toStatus");
        this.evidence = Require.text(evidence, EVIDENCE_LENGTH, "evidence");
        this.heardFrom = heardFrom;
        this.heardOn = Require.present(heardOn, "heardOn");
        this.previousStatement = previousStatement;
        this.meetingId = meetingId;
    }

    public Hypothesis getHypothesis() {
        return hypothesis;
    }

    public HypothesisStatus getFromStatus() {
        return fromStatus;
    }

    public HypothesisStatus getToStatus() {
        return toStatus;
    }

    public String getEvidence() {
        return evidence;
    }

    public Connector getHeardFrom() {
        return heardFrom;
    }

    public LocalDate getHeardOn() {
        return heardOn;
    }

    /** The wording before this change reworded the hypothesis; {@code null} when it kept its wording. */
    public String getPreviousStatement() {
        return previousStatement;
    }

    public Long getMeetingId() {
        return meetingId;
    }
}
