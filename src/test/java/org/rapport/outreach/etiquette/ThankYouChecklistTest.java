package org.rapport.outreach.etiquette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The thank-you checklist, tried on notes students write after a meeting. */
class ThankYouChecklistTest {

    private static Set<ThankYouPoint> present(String body) {
        return ThankYouChecklist.check(body).stream().filter(PointResult::present).map(PointResult::point)
                .collect(Collectors.toSet());
    }

    @Test
    void aFullThankYouMakesEveryPoint() {
        String note = """
                Dear Ms Reyes,

                Thank you so much for speaking with me on Tuesday. Your advice about starting in a hospital data team \
                was exactly what I needed to hear.

                I have already signed up for the SQL course you mentioned, and I plan to contact the two analysts you \
                named next week.

                I will keep you posted on how it goes.

                Best wishes,
                Ana""";

        assertEquals(Set.of(ThankYouPoint.values()), present(note));
    }

    @Test
    void aBareThanksMakesOnlyTheFirstPoint() {
        assertEquals(Set.of(ThankYouPoint.THANKS), present("Thanks a lot for your time yesterday!\nAna"));
    }

    @Test
    void nothingIsPresentInAnEmptyDraft() {
        assertEquals(Set.of(), present(null));
        assertEquals(Set.of(), present("   "));
    }

    @Test
    void everyPointIsListedInOrder() {
        List<PointResult> results = ThankYouChecklist.check("Hello");

        assertEquals(List.of(ThankYouPoint.values()), results.stream().map(PointResult::point).toList());
        assertTrue(results.stream().noneMatch(PointResult::present));
    }

    static Stream<Arguments> phrasings() {
        return Stream.of(
                Arguments.of(ThankYouPoint.THANKS, "I am very grateful for your help."),
                Arguments.of(ThankYouPoint.THANKS, "I really appreciated our conversation."),
                Arguments.of(ThankYouPoint.SPECIFIC_HELP, "It was especially useful to see your team's dashboards."),
                Arguments.of(ThankYouPoint.SPECIFIC_HELP, "It was helpful to hear how you moved from audit into data."),
                Arguments.of(ThankYouPoint.SPECIFIC_HELP, "What you said about networking stayed with me."),
                Arguments.of(ThankYouPoint.SPECIFIC_HELP, "I learned a great deal about hospital budgets."),
                Arguments.of(ThankYouPoint.NEXT_STEPS, "Next step: the statistics course."),
                Arguments.of(ThankYouPoint.NEXT_STEPS, "I'm going to apply for the summer programme."),
                Arguments.of(ThankYouPoint.NEXT_STEPS, "I've started reading the report you recommended."),
                Arguments.of(ThankYouPoint.WILL_FOLLOW_UP, "I will let you know how the course goes."),
                Arguments.of(ThankYouPoint.WILL_FOLLOW_UP, "I hope to update you in the spring."),
                Arguments.of(ThankYouPoint.WILL_FOLLOW_UP, "I'll follow up once I have heard back."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("phrasings")
    void eachPointIsFoundInItsUsualWording(ThankYouPoint point, String sentence) {
        assertTrue(present(sentence).contains(point), sentence);
    }

    static Stream<Arguments> missing() {
        return Stream.of(
                Arguments.of(ThankYouPoint.THANKS, "It was good to meet you. I will keep you posted."),
                Arguments.of(ThankYouPoint.SPECIFIC_HELP, "Thank you for your time. It was a good conversation."),
                Arguments.of(ThankYouPoint.NEXT_STEPS, "Thank you, especially for the tips on interviews."),
                Arguments.of(ThankYouPoint.WILL_FOLLOW_UP, "Thank you. I plan to take the course you mentioned."));
    }

    @ParameterizedTest(name = "{0} missing: {1}")
    @MethodSource("missing")
    void aPointNotMadeIsReportedMissing(ThankYouPoint point, String note) {
        assertTrue(!present(note).contains(point), note);
    }

    @Test
    void bundleKeysFollowThePointName() {
        assertEquals("thankYou.NEXT_STEPS.name", ThankYouPoint.NEXT_STEPS.nameKey());
        assertEquals("thankYou.NEXT_STEPS.hint", ThankYouPoint.NEXT_STEPS.hintKey());
    }
}
