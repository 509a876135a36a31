package org.rapport.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.rapport.connectors.ConnectorLevel;
import org.rapport.questionbank.LevelFit;
import org.rapport.questionbank.QuestionCategory;

/** The gentle checks, tried on a corpus of questions students write. */
class QuestionChecksTest {

    record Q(long id, String text, ItemKind kind, QuestionCategory category, LevelFit fit, int minutes,
             boolean mustAsk) implements QuestionChecks.Checked {

        static Q own(long id, String text) {
            return new Q(id, text, ItemKind.QUESTION, null, null, 2, false);
        }

        static Q bank(long id, String text, QuestionCategory category, LevelFit fit) {
            return new Q(id, text, ItemKind.QUESTION, category, fit, 2, category.isMustAsk());
        }
    }

    private static final Q FEEDBACK = Q.bank(100, "How competitive would I be for roles like yours?",
            QuestionCategory.COMPETITIVE_FEEDBACK, LevelFit.any());

    private static Set<GentleCheck> checksOn(ConnectorLevel level, Q... items) {
        return QuestionChecks.run(List.of(items), level, 60).stream()
                .filter(finding -> finding.itemId() != null).map(CheckFinding::check).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Tell me how you got your job.",
            "Can you tell me how you got your job?",
            "How did you get your job?",
            "So, how did you land this role?",
            "How did you get started?"})
    void theStockOpenerUsedAsIsIsFlagged(String text) {
        assertEquals(Set.of(GentleCheck.STOCK_OPENER), checksOn(ConnectorLevel.MID_CAREER, Q.own(1, text), FEEDBACK));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I saw you moved from audit into the data team two years after joining: how did you get your job there, and what made you take the leap?",
            "What made you choose public health over clinical work?"})
    void anOpenerMadeSpecificToThePersonPasses(String text) {
        assertEquals(Set.of(), checksOn(ConnectorLevel.MID_CAREER, Q.own(1, text), FEEDBACK));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Are you hiring at the moment?",
            "Is your team hiring graduates this year?",
            "Could you hire me after graduation?",
            "Are there any openings in your department?",
            "Do you have any open positions?",
            "Would you forward my résumé to the recruiter?",
            "Could you pass on my CV?",
            "Can you get me an interview?",
            "Could you refer me for a position on your team?",
            "What is the best way of applying for a job at your firm?",
            "Are there any internships available?"})
    void askingForAJobIsFlagged(String text) {
        assertTrue(checksOn(ConnectorLevel.MID_CAREER, Q.own(1, text), FEEDBACK).contains(GentleCheck.ASKS_FOR_JOB),
                text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "What does a good first year look like for a new analyst?",
            "Which skills would make someone like me competitive for roles like yours?",
            "Who else do you think I should talk to?",
            "How did the team's work change when the department was reorganised?"})
    void learningQuestionsAreNotMistakenForJobRequests(String text) {
        assertFalse(checksOn(ConnectorLevel.MID_CAREER, Q.own(1, text), FEEDBACK).contains(GentleCheck.ASKS_FOR_JOB),
                text);
    }

    @Test
    void levelFitTrustsTheBankAndReadsTheStudentsOwnWording() {
        Q strategic = Q.bank(1, "Where do you see the sector going?", QuestionCategory.INDUSTRY_TRENDS,
                new LevelFit(false, true, true));
        Q practical = Q.bank(2, "What does your week look like?", QuestionCategory.ROLE_DAY_TO_DAY,
                new LevelFit(true, true, false));
        assertEquals(Set.of(GentleCheck.TOO_BROAD_FOR_LEVEL), checksOn(ConnectorLevel.PEER, strategic, FEEDBACK));
        assertEquals(Set.of(), checksOn(ConnectorLevel.SENIOR, strategic, FEEDBACK));
        assertEquals(Set.of(GentleCheck.TOO_NARROW_FOR_LEVEL), checksOn(ConnectorLevel.SENIOR, practical, FEEDBACK));
        assertEquals(Set.of(), checksOn(ConnectorLevel.PEER, practical, FEEDBACK));
        assertEquals(Set.of(), checksOn(ConnectorLevel.MID_CAREER, strategic, practical, FEEDBACK),
                "mid-career people take both");

        Q ownBroad = Q.own(3, "What is the company's strategy for the next five years?");
        Q ownNarrow = Q.own(4, "Which software do you use for modelling?");
        assertEquals(Set.of(GentleCheck.TOO_BROAD_FOR_LEVEL), checksOn(ConnectorLevel.PEER, ownBroad, FEEDBACK));
        assertEquals(Set.of(GentleCheck.TOO_NARROW_FOR_LEVEL), checksOn(ConnectorLevel.SENIOR, ownNarrow, FEEDBACK));
        assertEquals(Set.of(), checksOn(ConnectorLevel.SENIOR, ownBroad, FEEDBACK));
    }

    @Test
    void moreQuestionsThanTheTimeAllowsSaysByHowMuch() {
        List<Q> items = List.of(Q.own(1, "First question about their path?"), Q.own(2, "Second question?"),
                Q.own(3, "Third question?"), FEEDBACK);
        List<CheckFinding> findings = QuestionChecks.run(items, ConnectorLevel.MID_CAREER, 5);
        CheckFinding overTime = findings.stream().filter(f -> f.check() == GentleCheck.OVER_TIME).findFirst()
                .orElseThrow();
        assertEquals(List.of(8, 5, 2), overTime.arguments(), "8 minutes of questions, 5 planned, 2 below the line");
        assertFalse(QuestionChecks.run(items, ConnectorLevel.MID_CAREER, 8).stream()
                .anyMatch(f -> f.check() == GentleCheck.OVER_TIME), "exactly in time is fine");
    }

    @Test
    void aListWithoutFeedbackOrReferralsIsReminded() {
        assertTrue(QuestionChecks.run(List.of(Q.own(1, "What do you enjoy most?")), ConnectorLevel.PEER, 20).stream()
                .anyMatch(f -> f.check() == GentleCheck.MUST_ASK_MISSING));
        assertFalse(QuestionChecks.run(List.of(Q.own(1, "What do you enjoy most?"), FEEDBACK), ConnectorLevel.PEER, 20)
                .stream().anyMatch(f -> f.check() == GentleCheck.MUST_ASK_MISSING));
        assertTrue(QuestionChecks.run(List.of(), ConnectorLevel.PEER, 20).isEmpty(), "an empty list has no checks");
    }

    @Test
    void talkingPointsAreNotQuestions() {
        Q news = new Q(1, "Are you hiring? The article said the firm doubled its intake.", ItemKind.TALKING_POINT,
                null, null, 1, false);
        assertEquals(Set.of(), checksOn(ConnectorLevel.PEER, news, FEEDBACK));
    }
}
