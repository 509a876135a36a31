package org.rapport.people;

import java.util.List;

/** A student's record as a permitted reader sees it: the student and the advisors whose caseload they are on. */
public record StudentRecord(Student student, List<String> advisorNames) {

    public StudentRecord {
        advisorNames = List.copyOf(advisorNames);
    }
}
