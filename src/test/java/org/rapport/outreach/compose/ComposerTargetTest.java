package org.rapport.outreach.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rapport.outreach.MessageKind;

class ComposerTargetTest {

    @Test
    void aMeetingsMessageIsKeptUnderTheMeetingAndKind() {
        assertEquals("M42:THANK_YOU", ComposerTarget.ofMeeting(42, MessageKind.THANK_YOU).draftKey());
    }

    @Test
    void newsForAHelperIsKeptPerOutcomeAndHelper() {
        ComposerTarget target = ComposerTarget.forHelper(7, 9);
        assertTrue(target.isHelper());
        assertEquals("O7:C9:TELL_HELPER", target.draftKey());
    }

    @Test
    void eachKindNeedsWhatItIsAbout() {
        assertThrows(IllegalArgumentException.class,
                () -> new ComposerTarget(null, null, null, MessageKind.REQUEST));
        assertThrows(IllegalArgumentException.class,
                () -> new ComposerTarget(5L, null, null, MessageKind.TELL_HELPER));
    }
}
