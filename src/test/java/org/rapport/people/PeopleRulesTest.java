package org.rapport.people;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
