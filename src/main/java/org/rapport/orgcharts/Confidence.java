package org.rapport.orgcharts;

/** How sure the student is of a node on their org chart. Bundle key {@code orgChart.confidence.<NAME>}. */
public enum Confidence {
    /** Seen in writing or said by the person themselves. */
    CONFIRMED,
    /** Heard from someone who should know. */
    LIKELY,
    /** A guess to check at the next meeting. */
    UNCERTAIN;

    public String messageKey() {
        return "orgChart.confidence." + name();
    }
}
