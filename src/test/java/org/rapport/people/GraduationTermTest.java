package org.rapport.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GraduationTermTest {

    @Test
    void commonSpellingsAreRead() {
        assertEquals(Optional.of(new GraduationTerm(Season.SPRING, 2027)), GraduationTerm.parse("Spring 2027"));
        assertEquals(Optional.of(new GraduationTerm(Season.FALL, 2026)), GraduationTerm.parse("2026-fall"));
        assertEquals(Optional.of(new GraduationTerm(Season.FALL, 2026)), GraduationTerm.parse("Autumn 2026"));
        assertEquals(Optional.of(new GraduationTerm(Season.WINTER, 2028)), GraduationTerm.parse(" winter/2028 "));
    }

    @Test
    void anythingElseIsNotATerm() {
        assertTrue(GraduationTerm.parse("Spring").isEmpty());
        assertTrue(GraduationTerm.parse("Moonday 2027").isEmpty());
        assertTrue(GraduationTerm.parse("Spring 1820").isEmpty());
        assertTrue(GraduationTerm.parse(null).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new GraduationTerm(Season.FALL, 3000));
    }
}
