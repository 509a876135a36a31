package org.rapport.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The registrar's part of a student record, as an administrator corrects it: name, e-mail, programme and cohort.
 * Carries the version the form was filled from, so a change saved meanwhile is not overwritten.
 */
public class StudentProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String studentNumber;

    @NotBlank(message = "{person.givenName.required}")
    @Size(max = Student.NAME_LENGTH, message = "{field.tooLong}")
    private String givenName;

    @NotBlank(message = "{person.familyName.required}")
    @Size(max = Student.NAME_LENGTH, message = "{field.tooLong}")
    private String familyName;

    @NotBlank(message = "{person.email.required}")
    @Email(message = "{person.email.invalid}")
    @Size(max = Student.EMAIL_LENGTH, message = "{field.tooLong}")
    private String email;

    @NotBlank(message = "{student.college.required}")
    @Size(max = Student.COLLEGE_LENGTH, message = "{field.tooLong}")
    private String college;

    @NotBlank(message = "{student.major.required}")
    @Size(max = Student.MAJOR_LENGTH, message = "{field.tooLong}")
    private String major;

    @NotNull(message = "{student.classYear.required}")
    private ClassYear classYear;

    @Pattern(regexp = "\\s*|[A-Za-z]+[\\s\\-/]*\\d{4}|\\d{4}[\\s\\-/]*[A-Za-z]+", message = "{student.graduationTerm.invalid}")
    private String graduationTerm;

    private long version;

    public StudentProfileForm() {
    }

    static StudentProfileForm of(Student student) {
        StudentProfileForm form = new StudentProfileForm();
        form.studentNumber = student.getStudentNumber();
        form.givenName = student.getGivenName();
        form.familyName = student.getFamilyName();
        form.email = student.getEmail();
        form.college = student.getCollege();
        form.major = student.getMajor();
        form.classYear = student.getClassYear();
        GraduationTerm term = student.getGraduationTerm();
        form.graduationTerm = term == null ? null : term.getSeason().name().charAt(0)
                + term.getSeason().name().substring(1).toLowerCase(java.util.Locale.ROOT) + " " + term.getYear();
        form.version = student.getVersion();
        return form;
    }

    public String getStudentNumber() {
        return studentNumber;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCollege() {
        return college;
    }

    public void setCollege(String college) {
        this.college = college;
    }

    public String getMajor() {
        return major;
    }

    public void setMajor(String major) {
        this.major = major;
    }

    public ClassYear getClassYear() {
        return classYear;
    }

    public void setClassYear(ClassYear classYear) {
        this.classYear = classYear;
    }

    public String getGraduationTerm() {
        return graduationTerm;
    }

    public void setGraduationTerm(String graduationTerm) {
        this.graduationTerm = graduationTerm;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
