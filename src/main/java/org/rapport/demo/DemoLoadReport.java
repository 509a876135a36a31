package org.rapport.demo;

/** What a demo load created and how long it took. */
public record DemoLoadReport(int students, int advisors, int organisations, long millis) {

    public static DemoLoadReport nothing() {
        return new DemoLoadReport(0, 0, 0, 0);
    }
}
