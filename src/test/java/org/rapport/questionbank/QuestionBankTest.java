package org.rapport.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rapport.connectors.ConnectorLevel;

class QuestionBankTest {

    private static final Path MIGRATION = Path.of(System.getProperty("user.dir"),
            "sql", "V202611240100__create_question_bank.sql");

    /** One starter row of the migration: text, springboard (or NULL), category, three fits, tags, minutes, starter. */
    private static final Pattern STARTER_ROW = Pattern.compile("\\(NEXTVAL\\(rapport_id_seq\\), 0, UTC_TIMESTAMP\\(6\\), "
            + "UTC_TIMESTAMP\\(6\\),\\s*'((?:[^']|'')*)',\\s*(NULL|'((?:[^']|'')*)'),\\s*'([A-Z_]+)',\\s*"
            + "(TRUE|FALSE), (TRUE|FALSE), (TRUE|FALSE),\\s*(NULL|'[^']*'),\\s*(\\d+),\\s*TRUE, NULL, NULL\\)");

    private static BankQuestion question(String springboard) {
        return new BankQuestion("What does a good first year look like here?", QuestionCategory.ROLE_DAY_TO_DAY,
                LevelFit.any(), List.of("consulting"), 2, springboard, 7L);
    }

    @Test
    void aSpringboardTakesTheFindingWithoutItsTrailingPunctuation() {
        BankQuestion q = question("I read that {finding}. How is that changing your team's work?");
        assertEquals("I read that Kestrel opened a depot in Porto. How is that changing your team's work?",
                q.springboardWith("  Kestrel opened a depot in Porto.!?  "));
        assertEquals("I read that rates rose. How is that changing your team's work?", q.springboardWith("rates rose"));
    }

    @Test
    void aQuestionWithoutSpringboardCannotBeFilledIn() {
        assertThrows(IllegalStateException.class, () -> question(null).springboardWith("anything"));
        assertNull(question("   ").getSpringboard(), "a blank springboard is none");
    }

    @Test
    void describeRefusesMinutesOutOfRangeAndASpringboardWithoutThePlaceholder() {
        BankQuestion q = question(null);
        assertThrows(IllegalArgumentException.class, () -> q.describe("Text", QuestionCategory.SKILLS, LevelFit.any(),
                List.of(), 0, null));
        assertThrows(IllegalArgumentException.class, () -> q.describe("Text", QuestionCategory.SKILLS, LevelFit.any(),
                List.of(), BankQuestion.MAX_MINUTES + 1, null));
        assertThrows(IllegalArgumentException.class, () -> q.describe("Text", QuestionCategory.SKILLS, LevelFit.any(),
                List.of(), 3, "I read about your merger. What changed?"));
        assertEquals("What does a good first year look like here?", q.getText(), "a refused rewrite changes nothing");
        assertEquals(2, q.getMinutes());

        q.describe("  Which skills matter most?  ", QuestionCategory.SKILLS, new LevelFit(true, false, false),
                List.of("finance", "technology"), BankQuestion.MAX_MINUTES, "You mentioned {finding}: which skill?");
        assertEquals("Which skills matter most?", q.getText(), "wording is trimmed");
        assertEquals(QuestionCategory.SKILLS, q.getCategory());
        assertEquals(List.of("finance", "technology"), q.getFocusTags());
        assertEquals(BankQuestion.MAX_MINUTES, q.getMinutes());
        assertTrue(q.getFit().isNarrow());
    }

    @Test
    void aRetiredQuestionCanBeRestored() {
        BankQuestion q = question(null);
        assertFalse(q.isRetired());
        q.retire();
        assertTrue(q.isRetired());
        assertNotNull(q.getRetiredAt());
        java.time.Instant first = q.getRetiredAt();
        q.retire();
        assertEquals(first, q.getRetiredAt(), "retiring twice keeps the first date");
        q.restore();
        assertFalse(q.isRetired());
        assertNull(q.getRetiredAt());
    }

    @Test
    void levelFitTellsBroadFromNarrowAndWhichLevelsItSuits() {
        LevelFit strategic = new LevelFit(false, true, true);
        assertTrue(strategic.isBroad());
        assertFalse(strategic.isNarrow());
        assertFalse(strategic.suits(ConnectorLevel.PEER));
        assertTrue(strategic.suits(ConnectorLevel.MID_CAREER));
        assertTrue(strategic.suits(ConnectorLevel.SENIOR));

        LevelFit practical = new LevelFit(true, true, false);
        assertTrue(practical.isNarrow());
        assertFalse(practical.isBroad());
        assertTrue(practical.suits(ConnectorLevel.PEER));
        assertFalse(practical.suits(ConnectorLevel.SENIOR));

        LevelFit everyone = LevelFit.any();
        assertFalse(everyone.isBroad());
        assertFalse(everyone.isNarrow());
        for (ConnectorLevel level : ConnectorLevel.values()) {
            assertTrue(everyone.suits(level));
        }
        assertThrows(IllegalArgumentException.class, () -> new LevelFit(false, false, false));
    }

    @Test
    void theFormNeedsAtLeastOneLevel() {
        BankQuestionForm form = new BankQuestionForm();
        assertTrue(form.isFitPeerValid(), "a new question suits every level");
        form.setFitPeer(false);
        form.setFitMidCareer(false);
        assertTrue(form.isFitPeerValid());
        form.setFitSenior(false);
        assertFalse(form.isFitPeerValid());
        assertTrue(form.isNew());
    }

    @Test
    void theStarterBankHoldsAtLeastFortyQuestionsInEveryCategory() throws IOException {
        String sql = Files.readString(MIGRATION, StandardCharsets.UTF_8);
        int rows = sql.split("NEXTVAL\\(rapport_id_seq\\)", -1).length - 1;
        Matcher row = STARTER_ROW.matcher(sql);
        List<String> springboards = new ArrayList<>();
        Set<QuestionCategory> categories = EnumSet.noneOf(QuestionCategory.class);
        int parsed = 0;
        while (row.find()) {
            parsed++;
            assertFalse(row.group(1).isBlank(), "every starter question has wording");
            categories.add(QuestionCategory.valueOf(row.group(4)));
            assertTrue("TRUE".equals(row.group(5)) || "TRUE".equals(row.group(6)) || "TRUE".equals(row.group(7)),
                    "suits at least one level: " + row.group(1));
            int minutes = Integer.parseInt(row.group(9));
            assertTrue(minutes >= 1 && minutes <= BankQuestion.MAX_MINUTES, row.group(1));
            if (row.group(3) != null) {
                springboards.add(row.group(3));
            }
        }
        assertEquals(rows, parsed, "every inserted row has the expected shape");
        assertTrue(parsed >= 40, "starter rows: " + parsed);
        assertEquals(EnumSet.allOf(QuestionCategory.class), categories);
        assertFalse(springboards.isEmpty(), "some starter questions open from a finding");
        for (String springboard : springboards) {
            assertTrue(springboard.contains(BankQuestion.PLACEHOLDER), springboard);
        }
    }

    @Test
    void everyMessageOfTheFormIsWordedInValidationMessages() {
        ResourceBundle words = ResourceBundle.getBundle("ValidationMessages");
        List<String> keys = Stream.concat(Stream.of(BankQuestionForm.class.getDeclaredFields()),
                        Stream.of(BankQuestionForm.class.getDeclaredMethods()))
                .map(AnnotatedElement.class::cast)
                .flatMap(element -> Stream.of(element.getAnnotations()))
                .map(QuestionBankTest::messageTemplate)
                .filter(template -> template != null && template.startsWith("{"))
                .map(template -> template.substring(1, template.length() - 1))
                .toList();
        assertTrue(keys.contains("question.fit.required") && keys.contains("question.springboard.placeholder"), keys::toString);
        for (String key : keys) {
            assertTrue(words.containsKey(key), "ValidationMessages.properties lacks " + key);
        }
        assertTrue(words.getString("question.springboard.placeholder").contains("\\{finding\\}"),
                "the placeholder is escaped, so the validator does not read it as a parameter");
    }

    private static String messageTemplate(Annotation annotation) {
        try {
            Method message = annotation.annotationType().getMethod("message");
            return (String) message.invoke(annotation);
        } catch (ReflectiveOperationException notAConstraint) {
            return null;
        }
    }
}
