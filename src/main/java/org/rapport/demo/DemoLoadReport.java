package org.rapport.demo;

import java.util.List;

/** What a demo load created (with the new students' ids, in order) and how long it took. */
public record DemoLoadReport(int students, int advisors, int organisations, long millis, List<Long> studentIds) {

    public DemoLoadReport {
        studentIds = List.copyOf(studentIds);
    }

    public static DemoLoadReport nothing() {
        return new DemoLoadReport(0, 0, 0, 0, List.of());
    }
}
