package org.rapport.demo;

/**
 * How much demo data to create, derived from the number of students: one advisor per 150 students (a typical
 * caseload, at least three) and one organisation per twenty students (at least 24, at most 2,000).
 */
public record DemoSize(int students, int advisors, int organisations) {

    static final int CASELOAD = 150;

    public DemoSize {
        if (students < 0 || advisors < 0 || organisations < 0) {
            throw new IllegalArgumentException("Demo sizes cannot be negative");
        }
    }

    public static DemoSize forStudents(int students) {
        if (students <= 0) {
            return new DemoSize(0, 0, 0);
        }
        int advisors = Math.max(3, (students + CASELOAD - 1) / CASELOAD);
        int organisations = Math.min(2_000, Math.max(24, students / 20));
        return new DemoSize(students, advisors, organisations);
    }

    public boolean isEmpty() {
        return students == 0 && advisors == 0 && organisations == 0;
    }
}
