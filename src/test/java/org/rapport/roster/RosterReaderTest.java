package org.rapport.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapport.people.ClassYear;
import org.rapport.people.GraduationTerm;
import org.rapport.people.Season;

class RosterReaderTest {

    private static RosterCheck read(String csv) throws IOException {
        return new RosterReader().read(new StringReader(csv));
    }

    private static List<String> reasons(RosterCheck check) {
        return check.problems().stream().map(p -> p.line() + ":" + p.column() + ":" + p.reasonKey()).toList();
    }

    @Test
    void aCleanFileWithRegistrarHeadersReadsEveryRow() throws IOException {
        RosterCheck check = read("\uFEFFStudent ID,First Name,Last Name,E-mail,School,Program,Year,Expected Graduation\n"
                + "NU1,Amara,Eze,amara.eze@northfield.example,School of Business,Finance,Junior,Spring 2027\n"
                + "NU2,\"Ruiz-Calder, Jr.\",Inés,ines@northfield.example,School of Design,Graphic Design,4,\n");
        assertTrue(check.isClean(), check.problems().toString());
        assertEquals(2, check.rows().size());
        RosterRow first = check.rows().get(0);
        assertEquals(ClassYear.THIRD_YEAR, first.classYear());
        assertEquals(new GraduationTerm(Season.SPRING, 2027), first.graduationTerm());
        assertEquals("Ruiz-Calder, Jr.", check.rows().get(1).givenName(), "quoted commas stay in the field");
        assertEquals(ClassYear.FINAL_YEAR, check.rows().get(1).classYear());
        assertEquals(null, check.rows().get(1).graduationTerm());
    }

    @Test
    void everyBadLineIsReportedWithItsRowAndColumn() throws IOException {
        RosterCheck check = read("student_number,given_name,family_name,email,college,major,class_year,graduation_term\n"
                + "NU1,Amara,Eze,not-an-address,Business,Finance,Third year,Spring 2027\n"
                + "NU2,,Lindqvist,priya@northfield.example,Business,Finance,Sixth year,Spring 2027\n"
                + "NU1,Jonas,Novak,jonas@northfield.example,Business,Finance,Graduate,Moonday 2027\n"
                + "NU4,Kira,Holloway,PRIYA@northfield.example,Business,Finance,2,\n"
                + "NU5,Zoe,Tanaka,zoe@northfield.example,Business,Finance,1,2026 Fall\n");
        assertFalse(check.isClean());
        assertEquals(List.of("2:email:roster.problem.email",
                "3:given_name:roster.problem.required",
                "3:class_year:roster.problem.classYear",
                "4:graduation_term:roster.problem.graduationTerm",
                "4:student_number:roster.problem.duplicateNumber",
                "5:email:roster.problem.duplicateEmail"), reasons(check));
        assertEquals(1, check.rows().size(), "only the last line is fine");
        assertEquals(new GraduationTerm(Season.FALL, 2026), check.rows().get(0).graduationTerm());
    }

    @Test
    void missingColumnsAreNamedAndNothingElseIsRead() throws IOException {
        RosterCheck check = read("student_number,given_name,email\nNU1,Amara,a@b.example\n");
        assertEquals(List.of("1:family_name:roster.problem.missingColumn", "1:college:roster.problem.missingColumn",
                "1:major:roster.problem.missingColumn", "1:class_year:roster.problem.missingColumn"), reasons(check));
        assertTrue(check.rows().isEmpty());
    }

    @Test
    void aSingleNameColumnIsSplitIntoGivenAndFamilyName() throws IOException {
        RosterCheck check = read("number,name,email,college,major,class year\n"
                + "NU1,\"Eze, Amara\",amara@northfield.example,Business,Finance,1\n"
                + "NU2,Mary Ann Okafor,mary@northfield.example,Business,Finance,2\n"
                + "NU3,Cher,cher@northfield.example,Business,Finance,3\n");
        assertEquals(List.of("4:name:roster.problem.fullName"), reasons(check));
        assertEquals("Amara", check.rows().get(0).givenName());
        assertEquals("Eze", check.rows().get(0).familyName());
        assertEquals("Mary Ann", check.rows().get(1).givenName());
        assertEquals("Okafor", check.rows().get(1).familyName());
    }

    @Test
    void aFileWithOnlyHeadersIsNotClean() throws IOException {
        RosterCheck check = read("student_number,given_name,family_name,email,college,major,class_year\n\n");
        assertEquals(List.of("1::roster.problem.noRows"), reasons(check));
        assertFalse(check.isClean());
    }

    @Test
    void overlongValuesAreRefused() throws IOException {
        RosterCheck check = read("student_number,given_name,family_name,email,college,major,class_year\n"
                + "NU" + "9".repeat(30) + ",A,B,a@b.example,C,M,1\n");
        assertEquals(List.of("2:student_number:roster.problem.tooLong"), reasons(check));
    }
}
