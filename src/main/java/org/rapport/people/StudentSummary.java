package org.rapport.people;

import java.io.Serializable;

/**
 * A row of a student list: what staff need to pick a student, read in one query without loading entities.
 * A class with getters rather than a record, because Jakarta EL 5 reads bean properties only.
 */
public final class StudentSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String studentNumber;
    private final String givenName;
    private final String familyName;
    private final String college;
    private final String major;
    private final ClassYear classYear;

    public StudentSummary(long id, String studentNumber, String givenName, String familyName, String college,
                          String major, ClassYear classYear) {
        this.id = id;
        this.studentNumber = studentNumber;
        this.givenName = givenName;
        this.familyName = familyName;
        this.college = college;
        this.major = major;
        this.classYear = classYear;
    }

    public long getId() {
        return id;
    }

    public String getStudentNumber() {
        return studentNumber;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getDisplayName() {
        return givenName + " " + familyName;
    }

    public String getCollege() {
        return college;
    }

    public String getMajor() {
        return major;
    }

    public ClassYear getClassYear() {
        return classYear;
    }
}
