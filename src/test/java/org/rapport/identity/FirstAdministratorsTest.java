package org.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FirstAdministratorsTest {

    private final FirstAdministrators admins =
            FirstAdministrators.parse(" 5f0c-subject , Dean.Office@Northfield.example ");

    @Test
    void matchesBySubjectExactlyOrByEmailIgnoringCase() {
        assertTrue(admins.includes("5f0c-subject", null));
        assertTrue(admins.includes("someone-else", "dean.office@northfield.example"));
        assertFalse(admins.includes("5F0C-SUBJECT", null), "subjects are case-sensitive");
        assertFalse(admins.includes("x", "other@northfield.example"));
    }

    @Test
    void aSubjectListedIsNotMistakenForAnEmail() {
        assertFalse(admins.includes(null, "5f0c-subject"));
    }

    @Test
    void anEmptySettingNamesNobody() {
        assertFalse(FirstAdministrators.parse(" ").includes("x", "x@y"));
        assertFalse(FirstAdministrators.parse(null).includes(null, null));
    }
}
