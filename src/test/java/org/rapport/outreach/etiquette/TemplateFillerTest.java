package org.rapport.outreach.etiquette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filling the office's templates: values in, lines without a value out, unknown words left alone. */
class TemplateFillerTest {

    private static final String SUBJECT = "{referrerName} suggested I get in touch";
    private static final String BODY = """
            Dear {connectorName},

            {referrerName} suggested I write to you.

            My name is {studentName}.
            Would you have {minutes} minutes?

            Kind regards,
            {studentName}""";

    private static Map<Placeholder, String> values() {
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.CONNECTOR_NAME, "Jane Reyes");
        values.put(Placeholder.REFERRER_NAME, "Dan Okafor");
        values.put(Placeholder.STUDENT_NAME, "Ana Silva");
        values.put(Placeholder.MINUTES, "20");
        return values;
    }

    @Test
    void everyPlaceholderIsFilledInSubjectAndBody() {
        FilledText filled = TemplateFiller.fill(SUBJECT, BODY, values());

        assertEquals("Dan Okafor suggested I get in touch", filled.subject());
        assertEquals("""
                Dear Jane Reyes,

                Dan Okafor suggested I write to you.

                My name is Ana Silva.
                Would you have 20 minutes?

                Kind regards,
                Ana Silva""", filled.body());
    }

    @Test
    void aLineWhoseValueIsMissingIsLeftOutWithoutDoublingTheBlankLine() {
        Map<Placeholder, String> values = values();
        values.remove(Placeholder.REFERRER_NAME);

        FilledText filled = TemplateFiller.fill(SUBJECT, BODY, values);

        assertEquals("", filled.subject());
        assertEquals("""
                Dear Jane Reyes,

                My name is Ana Silva.
                Would you have 20 minutes?

                Kind regards,
                Ana Silva""", filled.body());
    }

    @Test
    void aBlankValueCountsAsMissing() {
        Map<Placeholder, String> values = values();
        values.put(Placeholder.MINUTES, "  ");

        String body = TemplateFiller.fill(null, "Hello.\nWould you have {minutes} minutes?\nThanks.", values).body();

        assertEquals("Hello.\nThanks.", body);
    }

    @Test
    void aLineInsideAParagraphGoesWithoutLeavingAGap() {
        String body = TemplateFiller.fill(null, "Dear {connectorName},\n{referrerName} sent me.\nI study law.",
                Map.of(Placeholder.CONNECTOR_NAME, "Jane")).body();

        assertEquals("Dear Jane,\nI study law.", body);
    }

    @Test
    void aMissingLastLineTakesTheTrailingBlankLineWithIt() {
        String body = TemplateFiller.fill(null, "Thank you.\n\n{studentMobile}", Map.of()).body();

        assertEquals("Thank you.", body);
    }

    @Test
    void aListValueStartsOnALineOfItsOwnBelowItsLeadIn() {
        String body = TemplateFiller.fill(null, "These times would suit me: {windows}\nThank you.",
                Map.of(Placeholder.WINDOWS, "- Tuesday 10:00 EST\n- Friday 15:00 EST")).body();

        assertEquals("These times would suit me:\n- Tuesday 10:00 EST\n- Friday 15:00 EST\nThank you.", body);
    }

    @Test
    void aSingleListItemIsAListToo() {
        String body = TemplateFiller.fill(null, "My next steps: {nextSteps}",
                Map.of(Placeholder.NEXT_STEPS, "- Take the SQL course")).body();

        assertEquals("My next steps:\n- Take the SQL course", body);
    }

    @Test
    void aValueEndingItsSentenceIsNotGivenASecondFullStop() {
        String template = "I learned this: {researchFinding}. Thanks.";

        assertEquals("I learned this: They opened an office. Thanks.", TemplateFiller.fill(null, template,
                Map.of(Placeholder.RESEARCH_FINDING, "They opened an office.")).body());
        assertEquals("I learned this: they opened an office. Thanks.", TemplateFiller.fill(null, template,
                Map.of(Placeholder.RESEARCH_FINDING, "they opened an office")).body());
        assertEquals("Is it true? Thanks.", TemplateFiller.fill(null, "{researchFinding}. Thanks.",
                Map.of(Placeholder.RESEARCH_FINDING, "Is it true?")).body());
    }

    @Test
    void unknownWordsInBracesAreLeftAsTyped() {
        FilledText filled = TemplateFiller.fill("Hi {firstName}", "Dear {connectorName}, about {Organisation}.",
                values());

        assertEquals("Hi {firstName}", filled.subject());
        assertEquals("Dear Jane Reyes, about {Organisation}.", filled.body());
    }

    @Test
    void valuesAreInsertedLiterallyAndNotFilledAgain() {
        String body = TemplateFiller.fill(null, "Note: {researchFinding}",
                Map.of(Placeholder.RESEARCH_FINDING, "pay rose by $5 \\ {minutes} a year")).body();

        assertEquals("Note: pay rose by $5 \\ {minutes} a year", body);
    }

    @Test
    void noSubjectStaysNoSubject() {
        FilledText filled = TemplateFiller.fill(null, "Hello {studentName}", values());

        assertNull(filled.subject());
        assertEquals("Hello Ana Silva", filled.body());
    }

    @Test
    void unknownPlaceholdersAreListedOnceEachInOrder() {
        List<String> unknown = TemplateFiller.unknownPlaceholders(
                "Dear {connectorName}, {firstName} and {ConnectorName} and {firstName} again; {not a word} {}.");

        assertEquals(List.of("{firstName}", "{ConnectorName}"), unknown);
    }

    @Test
    void everyPlaceholderIsKnown() {
        StringBuilder all = new StringBuilder();
        for (Placeholder placeholder : Placeholder.values()) {
            all.append(placeholder.token()).append(' ');
        }

        assertEquals(List.of(), TemplateFiller.unknownPlaceholders(all.toString()));
        assertEquals(List.of(), TemplateFiller.unknownPlaceholders(null));
        assertEquals("{connectorName}", Placeholder.CONNECTOR_NAME.token());
    }
}
