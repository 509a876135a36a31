package org.rapport.questionbank;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;
import org.rapport.research.Tags;

/**
 * A question in the office's bank: its wording, category, the connector levels it suits, focus tags, an estimate of
 * the minutes it takes, and optionally a springboard form that opens from a research finding ("I read that
 * {finding} — how is that changing your team's work?"). Retired questions are offered no more but stay where used.
 */
@Entity
@Table(name = "bank_question")
@NamedQuery(name = BankQuestion.COUNT_LIVE, query = "select count(q) from BankQuestion q where q.retiredAt is null")
public class BankQuestion extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String COUNT_LIVE = "BankQuestion.countLive";
    public static final int TEXT_LENGTH = 500;
    public static final String PLACEHOLDER = "{finding}";
    public static final int MAX_MINUTES = 10;

    @NotBlank(message = "{question.text.required}")
    @Size(max = TEXT_LENGTH, message = "{field.tooLong}")
    @Column(name = "text", length = TEXT_LENGTH, nullable = false)
    private String text;

    @Size(max = TEXT_LENGTH, message = "{field.tooLong}")
    @Column(name = "springboard", length = TEXT_LENGTH)
    private String springboard;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "category", length = 40, nullable = false)
    private QuestionCategory category;

    @Embedded
    private LevelFit fit;

    @Column(name = "focus_tags", length = Tags.STORED_LENGTH)
    private String focusTags;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "starter", nullable = false, updatable = false)
    private boolean starter;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "created_by_account_id", updatable = false)
    private Long createdByAccountId;

    protected BankQuestion() {
        // for JPA
    }

    /** A question an advisor adds to the bank. */
    public BankQuestion(String text, QuestionCategory category, LevelFit fit, List<String> focusTags, int minutes,
                        String springboard, Long createdByAccountId) {
        this.createdByAccountId = createdByAccountId;
        describe(text, category, fit, focusTags, minutes, springboard);
    }

    /**
     * Rewrites the question. Lists that already hold it keep the wording they copied.
     *
     * @throws IllegalArgumentException when minutes are out of range or the springboard lacks its placeholder
     *     (the form validated both first)
     */
    public void describe(String newText, QuestionCategory newCategory, LevelFit newFit, List<String> newFocusTags,
                         int newMinutes, String newSpringboard) {
        // Everything is checked before anything changes, so a refused rewrite leaves the question as it was.
        String checkedText = Require.text(newText, TEXT_LENGTH, "text");
        Require.present(newCategory, "category");
        Require.present(newFit, "fit");
        if (newMinutes < 1 || newMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes must be 1 to " + MAX_MINUTES);
        }
        String board = Require.optionalText(newSpringboard, TEXT_LENGTH, "springboard");
        if (board != null && !board.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException("a springboard holds " + PLACEHOLDER);
        }
        this.text = checkedText;
        this.category = newCategory;
        this.fit = newFit;
        this.minutes = newMinutes;
        this.springboard = board;
        this.focusTags = newFocusTags == null || newFocusTags.isEmpty() ? null : Tags.join(newFocusTags);
    }

    /** The springboard wording with a finding put in place of the placeholder. */
    public String springboardWith(String finding) {
        if (springboard == null) {
            throw new IllegalStateException("question " + getId() + " has no springboard");
        }
        String cleaned = Require.text(finding, TEXT_LENGTH, "finding").replaceAll("[.!?\\s]+$", "");
        return springboard.replace(PLACEHOLDER, cleaned);
    }

    public void retire() {
        if (retiredAt == null) {
            retiredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
    }

    public void restore() {
        retiredAt = null;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public String getText() {
        return text;
    }

    public String getSpringboard() {
        return springboard;
    }

    public QuestionCategory getCategory() {
        return category;
    }

    public LevelFit getFit() {
        return fit;
    }

    public List<String> getFocusTags() {
        return Tags.split(focusTags);
    }

    public int getMinutes() {
        return minutes;
    }

    public boolean isStarter() {
        return starter;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}
