package org.rapport.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rapport.organisations.Industry;
import org.rapport.organisations.Organisation;
import org.rapport.people.Advisor;
import org.rapport.people.Student;

class DemoDataGeneratorTest {

    private final DemoDataGenerator generator = new DemoDataGenerator(42);

    @Test
    void sameSeedAndIndexGiveTheSameRecord() {
        Student a = generator.student(1234);
        Student b = new DemoDataGenerator(42).student(1234);
        assertEquals(a.getStudentNumber(), b.getStudentNumber());
        assertEquals(a.getEmail(), b.getEmail());
        assertEquals(a.getMajor(), b.getMajor());
        long differing = IntStream.range(0, 100)
                .filter(i -> !generator.student(i).getDisplayName()
                        .equals(new DemoDataGenerator(7).student(i).getDisplayName()))
                .count();
        assertTrue(differing > 50, "another seed gives other people: " + differing);
    }

    @Test
    void studentsAtBenchmarkScaleHaveUniqueNumbersAndAddresses() {
        Set<String> numbers = new HashSet<>();
        Set<String> emails = new HashSet<>();
        IntStream.range(0, 50_000).mapToObj(generator::student).forEach(student -> {
            assertTrue(numbers.add(student.getStudentNumber()), student.getStudentNumber());
            assertTrue(emails.add(student.getEmail()), student.getEmail());
        });
        assertEquals(50_000, numbers.size());
    }

    @Test
    void studentsHaveACollegeAndAMajorThatCollegeOffers() {
        for (int i = 0; i < 2_000; i++) {
            Student student = generator.student(i);
            assertTrue(DemoCatalog.MAJORS_BY_COLLEGE.get(student.getCollege()).contains(student.getMajor()),
                    student.getCollege() + " / " + student.getMajor());
        }
    }

    @Test
    void everyAddressIsClearlyFictional() {
        assertTrue(generator.student(5).getEmail().endsWith("@students.northfield.example"));
        Advisor advisor = generator.advisor(5);
        assertTrue(advisor.getEmail().endsWith("@careers.northfield.example"));
        Organisation organisation = generator.organisation(5);
        assertTrue(organisation.getWebsite().matches("https://www\\.[a-z0-9-]+\\.example"), organisation.getWebsite());
    }

    @Test
    void organisationNamesStayUniqueBeyondTheWordListCombinations() {
        Set<String> names = new HashSet<>();
        Set<Industry> industries = new HashSet<>();
        for (int i = 0; i < 3_000; i++) {
            Organisation organisation = generator.organisation(i);
            assertTrue(names.add(organisation.getName()), "duplicate name " + organisation.getName());
            industries.add(organisation.getIndustry());
        }
        assertEquals(Industry.values().length, industries.size(), "organisations span every industry");
    }

    @Test
    void accentsAndPunctuationBecomeSimpleMailboxNames() {
        assertEquals("ines.ruiz-calder", DemoDataGenerator.mailbox("Inés", "Ruiz-Calder"));
        assertEquals("granite-bay-capital", DemoDataGenerator.slug("Granite Bay Capital"));
        assertEquals("XIV", DemoDataGenerator.romanNumeral(14));
    }

    @Test
    void demoSizeScalesAdvisorsAndOrganisationsWithStudents() {
        assertTrue(DemoSize.forStudents(0).isEmpty());
        assertEquals(new DemoSize(60, 3, 24), DemoSize.forStudents(60));
        assertEquals(new DemoSize(50_000, 334, 2_000), DemoSize.forStudents(50_000));
    }
}
