package org.rapport.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConnectorIdentityTest {

    @Test
    void foldsAccentsCasePunctuationAndSpacing() {
        assertEquals("jose oneil", ConnectorIdentity.nameKey("  José   O'Neil "));
        assertEquals("anneclaire durand", ConnectorIdentity.nameKey("Anne-Claire DURAND"));
        assertEquals("łukasz wojcik", ConnectorIdentity.nameKey("Łukasz Wójcik"));
        assertEquals("", ConnectorIdentity.nameKey(null));
    }

    @Test
    void sameEmailIsTheSamePersonWhateverTheName() {
        Connector existing = directory("Maya Chen");
        existing.reachAt(contact("Maya.Chen@Example.org"));
        assertTrue(ConnectorIdentity.sameAs("M. Chen-Rivera", null, " maya.chen@example.org ", existing));
        assertFalse(ConnectorIdentity.sameAs("M. Chen-Rivera", null, "maya@example.org", existing));
    }

    @Test
    void sameNameCountsOnlyAtTheSameOrganisation() {
        Connector existing = directory("Maya Chen");
        assertTrue(ConnectorIdentity.sameAs("maya  chen", null, null, existing));
        assertFalse(ConnectorIdentity.sameAs("maya chen", 42L, null, existing));
        assertFalse(ConnectorIdentity.sameAs("Maya Cheng", null, null, existing));
    }

    @Test
    void blankEmailsNeverMatch() {
        Connector existing = directory("Maya Chen");
        assertNull(ConnectorIdentity.emailKey("  "));
        assertFalse(ConnectorIdentity.sameAs("Someone Else", null, "", existing));
    }

    private static Connector directory(String name) {
        return Connector.forDirectory(name, LocalDate.of(2026, 1, 5), "all students");
    }

    private static ConnectorContact contact(String email) {
        return new ConnectorContact(email, null, null, ContactChannel.EMAIL, null, null, null, null);
    }
}
