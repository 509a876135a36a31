package org.rapport.questionbank;

/**
 * What a question is about. Competitive feedback and referrals are what a student most needs to leave with, so
 * questions of those two categories are must-ask on every list. Bundle key {@code question.category.<NAME>}.
 */
public enum QuestionCategory {
    BACKGROUND,
    INDUSTRY_TRENDS,
    ROLE_DAY_TO_DAY,
    SKILLS,
    COMPENSATION_LIFESTYLE,
    COMPETITIVE_FEEDBACK,
    ORGANISATION_STRUCTURE,
    REFERRALS;

    /** Whether a question of this category stays above the time line unless the student removes it knowingly. */
    public boolean isMustAsk() {
        return this == COMPETITIVE_FEEDBACK || this == REFERRALS;
    }

    public String messageKey() {
        return "question.category." + name();
    }
}
