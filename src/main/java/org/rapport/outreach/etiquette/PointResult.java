package org.rapport.outreach.etiquette;

import java.io.Serializable;
import java.util.Objects;

/** Whether a thank-you draft already makes one of the checklist's points. */
public record PointResult(ThankYouPoint point, boolean present) implements Serializable {

    public PointResult {
        Objects.requireNonNull(point, "point");
    }
}
