package org.rapport.outreach.etiquette;

import java.util.Arrays;
import java.util.List;

/**
 * Reads a thank-you draft against the four {@link ThankYouPoint}s. It advises: a point not yet made is shown with
 * its hint, and the student may still send the message.
 */
public final class ThankYouChecklist {

    private ThankYouChecklist() {
    }

    /** Every point in order, with whether the draft already makes it; a {@code null} body makes none. */
    public static List<PointResult> check(String body) {
        String normalised = Wording.normalise(body);
        return Arrays.stream(ThankYouPoint.values())
                .map(point -> new PointResult(point, point.isMadeIn(normalised)))
                .toList();
    }
}
