package org.rapport.outreach.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MailtoLinkTest {

    @Test
    void encodesSpacesAsPercentTwentyAndLineBreaksAsCrLf() {
        assertEquals("mailto:dana@example.org?subject=Hello%20there&body=Dear%20Dana%2C%0D%0A%0D%0AThanks%21",
                MailtoLink.of("dana@example.org", "Hello there", "Dear Dana,\n\nThanks!"));
    }

    @Test
    void encodesCharactersThatWouldEndTheParameterOrTheLink() {
        assertEquals("mailto:a@b.org?subject=Q%26A%20%3D%201%3F%20%2B%20%23x&body=50%25%20r%C3%A9sum%C3%A9",
                MailtoLink.of("a@b.org", "Q&A = 1? + #x", "50% résumé"));
    }

    @Test
    void windowsLineBreaksAreNotDoubled() {
        assertEquals("mailto:a@b.org?body=one%0D%0Atwo", MailtoLink.of("a@b.org", null, "one\r\ntwo"));
    }

    @Test
    void leavesOutWhatIsMissing() {
        assertEquals("mailto:", MailtoLink.of(null, " ", null));
        assertEquals("mailto:?subject=Hi", MailtoLink.of("", "Hi", ""));
        assertEquals("mailto:?body=Hi", MailtoLink.of(null, null, "Hi"));
    }

    @Test
    void keepsTheAddressReadable() {
        assertEquals("mailto:dana.whitfield+work@example.org",
                MailtoLink.of(" dana.whitfield+work@example.org ", null, null).replace("%2B", "+"));
    }
}
