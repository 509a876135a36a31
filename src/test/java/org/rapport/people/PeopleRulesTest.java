package org.rapport.people;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PeopleRulesTest {

    @Test
    void sortKeysFromScreensMapToAWhitelistedOrder() {
        assertEquals(StudentSort.NUMBER, StudentSort.forKey("studentNumber"));
        assertEquals(StudentSort.NAME, StudentSort.forKey("s.id; drop table student"));
        assertEquals("s.college desc, s.major desc, s.id asc", StudentSort.COLLEGE.orderBy(false));
    }

    @Test
    void advisorNamesFromTheProviderAreSplitForTheAdvisorRecord() {
        assertArrayEquals(new String[] {"Mary Ann", "Okafor"}, AccountLinker.splitName("Mary Ann Okafor"));
        assertArrayEquals(new String[] {"Cher", "-"}, AccountLinker.splitName("Cher"));
        assertArrayEquals(new String[] {"Advisor", "-"}, AccountLinker.splitName(null));
    }

    @Test
    void aStudentWithoutATimeZoneIsInUtcNamedSo() {
        Student student = new Student("S-1", "Priya", "Lindqvist", "priya@students.example", "Business", "Supply Chain",
                ClassYear.THIRD_YEAR);
        assertEquals("UTC", student.zone().getId(), "shown to students as UTC, never as the offset Z");
        student.changeContactDetails("priya@students.example", "Pacific/Auckland");
        assertEquals(ZoneId.of("Pacific/Auckland"), student.zone());
        student.changeContactDetails("priya@students.example", null);
        assertEquals(Student.UTC, student.zone());
    }
}
