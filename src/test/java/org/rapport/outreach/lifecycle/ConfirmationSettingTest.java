package org.rapport.outreach.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The office's "confirm N days before" setting: one or two days, anything else falls back to two. */
class ConfirmationSettingTest {

    @Test
    void oneOrTwoDaysAreTakenAsConfigured() {
        assertEquals(1, ConfirmationSetting.daysBefore("1"));
        assertEquals(2, ConfirmationSetting.daysBefore(" 2 "));
        assertTrue(ConfirmationSetting.isValid("1"));
        assertTrue(ConfirmationSetting.isValid("2"));
    }

    @Test
    void anythingElseFallsBackToTwoDays() {
        for (String configured : new String[] {"0", "3", "-1", "7", "two", "", "1.5"}) {
            assertEquals(2, ConfirmationSetting.daysBefore(configured), configured);
            assertFalse(ConfirmationSetting.isValid(configured), configured);
        }
        assertEquals(2, ConfirmationSetting.daysBefore(null));
        assertFalse(ConfirmationSetting.isValid(null));
    }
}
