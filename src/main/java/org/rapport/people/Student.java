package org.rapport.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.identity.UserAccount;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/**
 * A student the career office coaches through informational interviews. The student number is the office's
 * key for a person (roster imports match on it); college, major and class year place the student in a cohort.
 * Education records hang off this entity, so who may read it is decided in the services (FERPA).
 */
@Entity
@Table(name = "student")
@NamedQuery(name = Student.COUNT_ALL, query = "select count(s) from Student s")
public class Student extends BaseEntity {

    /** The zone of a student who has not set theirs (named "UTC", never the offset "Z", in what students read). */
    public static final ZoneId UTC = ZoneId.of("UTC");

    private static final long serialVersionUID = 1L;

    public static final String COUNT_ALL = "Student.countAll";

    public static final int STUDENT_NUMBER_LENGTH = 20;
    public static final int NAME_LENGTH = 80;
    public static final int EMAIL_LENGTH = 254;
    public static final int COLLEGE_LENGTH = 120;
    public static final int MAJOR_LENGTH = 120;
    public static final int TIME_ZONE_LENGTH = 64;
    public static final int MOBILE_LENGTH = 40;

    @NotBlank(message = "{student.number.required}")
    @Size(max = STUDENT_NUMBER_LENGTH, message = "{field.tooLong}")
    @Column(name = "student_number", length = STUDENT_NUMBER_LENGTH, nullable = false, unique = true)
    private String studentNumber;

    @NotBlank(message = "{person.givenName.required}")
    @Size(max = NAME_LENGTH, message = "{field.tooLong}")
    @Column(name = "given_name", length = NAME_LENGTH, nullable = false)
    private String givenName;

    @NotBlank(message = "{person.familyName.required}")
    @Size(max = NAME_LENGTH, message = "{field.tooLong}")
    @Column(name = "family_name", length = NAME_LENGTH, nullable = false)
    private String familyName;

    @NotBlank(message = "{person.email.required}")
    @Email(message = "{person.email.invalid}")
    @Size(max = EMAIL_LENGTH, message = "{field.tooLong}")
    @Column(name = "email", length = EMAIL_LENGTH, nullable = false)
    private String email;

    @NotBlank(message = "{student.college.required}")
    @Size(max = COLLEGE_LENGTH, message = "{field.tooLong}")
    @Column(name = "college", length = COLLEGE_LENGTH, nullable = false)
    private String college;

    @NotBlank(message = "{student.major.required}")
    @Size(max = MAJOR_LENGTH, message = "{field.tooLong}")
    @Column(name = "major", length = MAJOR_LENGTH, nullable = false)
    private String major;

    @NotNull(message = "{student.classYear.required}")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "class_year", length = 20, nullable = false)
    private ClassYear classYear;

    /** Expected graduation term (the cohort); unknown until a roster says it. */
    @Embedded
    private GraduationTerm graduationTerm;

    /** IANA time-zone id, for scheduling meetings across zones; unknown until the student sets it. */
    @Size(max = TIME_ZONE_LENGTH, message = "{field.tooLong}")
    @Column(name = "time_zone", length = TIME_ZONE_LENGTH)
    private String timeZone;

    /** Given to connectors in confirmation messages; optional. */
    @Size(max = MOBILE_LENGTH, message = "{field.tooLong}")
    @Column(name = "mobile_phone", length = MOBILE_LENGTH)
    private String mobilePhone;

    /** Whether the reminder scheduler e-mails this student about due tasks. */
    @Column(name = "email_reminders", nullable = false)
    private boolean emailReminders = true;

    /** The campus account of this person, linked at their first sign-in with the same e-mail address. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", unique = true)
    private UserAccount account;

    protected Student() {
        // for JPA
    }

    public Student(String studentNumber, String givenName, String familyName, String email, String college,
                   String major, ClassYear classYear) {
        this.studentNumber = Require.text(studentNumber, STUDENT_NUMBER_LENGTH, "studentNumber");
        this.givenName = Require.text(givenName, NAME_LENGTH, "givenName");
        this.familyName = Require.text(familyName, NAME_LENGTH, "familyName");
        this.email = Require.text(email, EMAIL_LENGTH, "email");
        this.college = Require.text(college, COLLEGE_LENGTH, "college");
        this.major = Require.text(major, MAJOR_LENGTH, "major");
        this.classYear = Require.present(classYear, "classYear");
    }

    /**
     * A roster import says who the student is now: name, address, programme and cohort. The student number,
     * the account link and the student's own settings (time zone) stay.
     */
    public void applyRoster(String newGivenName, String newFamilyName, String newEmail, String newCollege,
                            String newMajor, ClassYear newClassYear, GraduationTerm newGraduationTerm) {
        this.givenName = Require.text(newGivenName, NAME_LENGTH, "givenName");
        this.familyName = Require.text(newFamilyName, NAME_LENGTH, "familyName");
        this.email = Require.text(newEmail, EMAIL_LENGTH, "email");
        this.college = Require.text(newCollege, COLLEGE_LENGTH, "college");
        this.major = Require.text(newMajor, MAJOR_LENGTH, "major");
        this.classYear = Require.present(newClassYear, "classYear");
        this.graduationTerm = newGraduationTerm;
    }

    /** The student changes the address the career centre writes to, and their time zone. */
    public void changeContactDetails(String newEmail, String newTimeZone) {
        this.email = Require.text(newEmail, EMAIL_LENGTH, "email");
        String zone = Require.optionalText(newTimeZone, TIME_ZONE_LENGTH, "timeZone");
        if (zone != null) {
            java.time.ZoneId.of(zone);
        }
        this.timeZone = zone;
    }

    /** The mobile number confirmation messages give the connector, and whether task reminders come by e-mail. */
    public void changeReminderPreferences(String newMobilePhone, boolean newEmailReminders) {
        this.mobilePhone = Require.optionalText(newMobilePhone, MOBILE_LENGTH, "mobilePhone");
        this.emailReminders = newEmailReminders;
    }

    public String getMobilePhone() {
        return mobilePhone;
    }

    public boolean isEmailReminders() {
        return emailReminders;
    }

    public GraduationTerm getGraduationTerm() {
        return graduationTerm;
    }

    public String getTimeZone() {
        return timeZone;
    }

    /** The student's time zone for dates and times, or UTC when they have not set one (or it is no longer known). */
    public ZoneId zone() {
        if (timeZone == null || timeZone.isBlank()) {
            return UTC;
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            return UTC;
        }
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

    /** Links the campus account that signed in with this person's e-mail address. */
    public void linkAccount(UserAccount signedIn) {
        this.account = Require.present(signedIn, "account");
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getEmail() {
        return email;
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
