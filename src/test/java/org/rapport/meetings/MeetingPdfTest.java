package org.rapport.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rapport.connectors.ConnectorLevel;
import org.rapport.questionbank.QuestionCategory;

/** The PDF of a question list, read back with PDFBox's own text extraction. */
class MeetingPdfTest {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.rapport.i18n.messages", Locale.ENGLISH);

    /** What one list item is made of here: its words, minutes, and how it is marked. */
    private record Spec(String text, int minutes, QuestionCategory category, ItemKind kind) {
        static Spec question(String text, int minutes) {
            return new Spec(text, minutes, null, ItemKind.QUESTION);
        }
    }

    @Test
    void questionsComeInRankOrderWithTheTimeLineBetweenTheLastThatFitsAndTheFirstThatDoesNot() throws IOException {
        // 6 + 5 + 4 + 3 = 18 of 20 minutes; the fifth (4 minutes) no longer fits.
        MeetingView view = meeting(20, "Amsel Logistics", List.of(
                Spec.question("Q-one: What drew you from consulting into the analytics team?", 6),
                Spec.question("Q-two: What does a normal week look like for you?", 5),
                new Spec("Q-three: Talking point about the new Rotterdam hub.", 4, null, ItemKind.TALKING_POINT),
                new Spec("Q-four: How competitive would someone with my background be?", 3,
                        QuestionCategory.COMPETITIVE_FEEDBACK, ItemKind.QUESTION),
                Spec.question("Q-five: Which skills do new analysts lack most?", 4),
                Spec.question("Q-six: Who else would you suggest I talk to?", 5)));

        String text = textOf(MeetingPdf.render(view, BUNDLE));

        List<Integer> positions = new ArrayList<>();
        for (String marker : List.of("Q-one", "Q-two", "Q-three", "Q-four", "Q-five", "Q-six")) {
            int at = text.indexOf(marker);
            assertTrue(at >= 0, marker + " is missing from:\n" + text);
            positions.add(at);
        }
        for (int i = 1; i < positions.size(); i++) {
            assertTrue(positions.get(i - 1) < positions.get(i), "items out of rank order:\n" + text);
        }
        int line = text.indexOf("\u2014 20 minutes end here \u2014 if time allows:");
        assertTrue(line > positions.get(3) && line < positions.get(4),
                "the time line belongs between the fourth and the fifth item:\n" + text);
        assertEquals(1, count(text, "minutes end here"), "one line only");
        assertTrue(text.contains("Questions for Dana Whitcombe"), text);
        assertTrue(text.contains("Amsel Logistics"), text);
        assertTrue(text.contains("Learn how the analytics team works"), text);
        assertTrue(text.contains("20 minutes"), text);
        assertTrue(text.contains("1.") && text.contains("6."), "numbered: " + text);
        // Must-ask and talking-point marks sit with their items; minutes so far add up.
        String fourth = text.substring(positions.get(3), line);
        assertTrue(fourth.contains("[Must ask]") && fourth.contains("3 min") && fourth.contains("18 min so far"),
                fourth);
        String third = text.substring(positions.get(2), positions.get(3));
        assertTrue(third.contains("[Talking point]"), third);
        assertTrue(text.substring(positions.get(5)).contains("27 min so far"), text);
        assertTrue(text.contains("Prepared with Rapport"), text);
        assertTrue(text.contains("Page 1 of 1"), text);
    }

    @Test
    void aListThatFitsHasNoLine() throws IOException {
        MeetingView view = meeting(30, null, List.of(Spec.question("Only question", 5)));

        String text = textOf(MeetingPdf.render(view, BUNDLE));

        assertTrue(text.contains("Only question"), text);
        assertTrue(!text.contains("end here"), text);
        assertTrue(text.contains("Not given"), "no organisation: " + text);
    }

    @Test
    void aLongListSpansPagesWithEveryItemAndAFooterOnEachPage() throws IOException {
        List<Spec> specs = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            specs.add(Spec.question("Item-" + i + " " + "How has the way your team plans its work changed since"
                    + " the reorganisation, and what would you do differently if you started again today?", 2));
        }
        byte[] pdf = MeetingPdf.render(meeting(30, "Amsel Logistics", specs), BUNDLE);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2, "pages: " + pages);
            String text = stripper().getText(document);
            int previous = -1;
            for (int i = 1; i <= 40; i++) {
                int at = text.indexOf("Item-" + i + " ");
                assertTrue(at > previous, "Item-" + i + " missing or out of order");
                previous = at;
            }
            assertEquals(pages, count(text, "Prepared with Rapport"), "a footer on every page");
            assertTrue(text.contains("Page " + pages + " of " + pages), text);
        }
    }

    @Test
    void charactersTheFontCannotShowArePrintedAsQuestionMarksWithoutFailing() throws IOException {
        MeetingView view = meeting(20, "Société Générale", List.of(
                Spec.question("Как вы пришли в профессию? 你好 \uD83D\uDE00 café", 5),
                Spec.question("Tab\there and a line\nbreak, and a very long address "
                        + "https://example.org/" + "a".repeat(200), 5)));

        String text = textOf(MeetingPdf.render(view, BUNDLE));

        assertTrue(text.contains("Société Générale"), "WinAnsi accents stay: " + text);
        assertTrue(text.contains("café"), text);
        assertTrue(text.contains("??? ?? ?????? ? ?????????? ?? ? café"), "Cyrillic, Chinese, emoji as '?': " + text);
        assertTrue(text.contains("Tab here and a line"), text);
        assertTrue(text.replaceAll("\\s+", "").contains("https://example.org/" + "a".repeat(200)),
                "a word too long for a line is broken, not lost");
    }

    @Test
    void anEmptyListSaysSo() throws IOException {
        String text = textOf(MeetingPdf.render(meeting(15, null, List.of()), BUNDLE));

        assertTrue(text.contains("There are no questions on this list yet."), text);
    }

    private static MeetingView meeting(int plannedMinutes, String organisation, List<Spec> specs) {
        int line = specs.size();
        int used = 0;
        for (int i = 0; i < specs.size(); i++) {
            used += specs.get(i).minutes();
            if (used > plannedMinutes) {
                line = i;
                break;
            }
        }
        List<ListItem> items = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            boolean mustAsk = spec.category() != null && spec.category().isMustAsk();
            items.add(new ListItem(100 + i, 0, i + 1, spec.kind(), QuestionSource.OWN, spec.text(), spec.category(),
                    spec.minutes(), mustAsk, null, QuestionOutcome.NOT_YET, null, i >= line, i == line, List.of()));
        }
        int total = specs.stream().mapToInt(Spec::minutes).sum();
        return new MeetingView(7, 0, 0, 11, "Amara Eze", 12, "Dana Whitcombe", ConnectorLevel.MID_CAREER,
                "Europe/Amsterdam", organisation == null ? null : 13L, organisation,
                "Learn how the analytics team works with operations.", plannedMinutes, MeetingState.PLANNED, null,
                null, items, line, total, List.of(), List.of(), List.of(), true);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return stripper().getText(document);
        }
    }

    private static PDFTextStripper stripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
