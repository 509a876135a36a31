package org.rapport.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void tagsAreLowerCasedDeduplicatedAndKeptInTypedOrder() {
        assertEquals(List.of("fintech", "remote", "supply-chain", "c++", "c#"),
                Tags.parse(" Fintech, #remote  supply-chain,,FINTECH C++ #c#"));
    }

    @Test
    void nothingTypedMeansNoTags() {
        assertEquals(List.of(), Tags.parse(null));
        assertEquals(List.of(), Tags.parse("   "));
        assertEquals(List.of(), Tags.parse(" , ,"));
        assertNull(Tags.join(List.of()));
        assertEquals(List.of(), Tags.split(null));
    }

    @Test
    void aLoneHashIsDropped() {
        assertEquals(List.of("esg"), Tags.parse("# esg"));
    }

    @Test
    void storedTagsRoundTrip() {
        List<String> tags = Tags.parse("ESG, graduate-scheme");
        assertEquals("esg graduate-scheme", Tags.join(tags));
        assertEquals(tags, Tags.split(Tags.join(tags)));
    }

    @Test
    void linesBreakingTheRulesAreRefused() {
        assertFalse("<script>".matches(Tags.INPUT_PATTERN));
        assertFalse("a".repeat(Tags.TAG_LENGTH + 1).matches(Tags.INPUT_PATTERN));
        assertTrue("a".repeat(Tags.TAG_LENGTH).matches(Tags.INPUT_PATTERN));
        String eleven = "t1 t2 t3 t4 t5 t6 t7 t8 t9 t10 t11";
        assertFalse(eleven.matches(Tags.INPUT_PATTERN));
        assertThrows(IllegalArgumentException.class, () -> Tags.parse(eleven));
        assertEquals(10, Tags.parse("t1 t2 t3 t4 t5 t6 t7 t8 t9 t10").size());
    }

    @Test
    void theLongestStoredFormFitsTheColumn() {
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < Tags.MAX_TAGS; i++) {
            typed.append((char) ('a' + i)).append("x".repeat(Tags.TAG_LENGTH - 1)).append(' ');
        }
        String stored = Tags.join(Tags.parse(typed.toString()));
        assertEquals(Tags.MAX_TAGS * Tags.TAG_LENGTH + Tags.MAX_TAGS - 1, stored.length());
        assertTrue(stored.length() <= ResearchNote.TAGS_LENGTH);
    }

    @Test
    void aNoteIsRetaggedFromATypedLine() {
        ResearchNote note = new ResearchNote(new org.rapport.people.Student("N1", "Ada", "Osei",
                "ada@students.example", "School of Business", "Finance", org.rapport.people.ClassYear.THIRD_YEAR),
                "Harbourline");
        note.retag("Banking, #ESG");
        assertEquals(List.of("banking", "esg"), note.getTagList());
        assertEquals("banking, esg", note.getTagLine());
        note.retag(null);
        assertEquals(List.of(), note.getTagList());
    }
}
