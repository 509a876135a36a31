package org.rapport.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a student may change about themselves: the address the career centre writes to, their time zone, the mobile
 * number confirmation messages give, and whether task reminders come by e-mail. It
 * remembers the record version the form was filled from, so a change saved meanwhile is not overwritten.
 */
public class ContactDetailsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{person.email.required}")
    @Email(message = "{person.email.invalid}")
    @Size(max = Student.EMAIL_LENGTH, message = "{field.tooLong}")
    private String email;

    @Size(max = Student.TIME_ZONE_LENGTH, message = "{field.tooLong}")
    @Pattern(regexp = "[A-Za-z_]+(/[A-Za-z0-9_+\\-]+)+", message = "{student.timeZone.invalid}")
    private String timeZone;

    /** Light check only: digits, spaces, plus, hyphens and parentheses, with at least one digit. */
    @Size(max = Student.MOBILE_LENGTH, message = "{field.tooLong}")
    @Pattern(regexp = "[0-9 +()\\-]*[0-9][0-9 +()\\-]*", message = "{student.mobile.invalid}")
    private String mobilePhone;

    private boolean emailReminders = true;

    private long version;

    public ContactDetailsForm() {
    }

    static ContactDetailsForm of(Student student) {
        ContactDetailsForm form = new ContactDetailsForm();
        form.email = student.getEmail();
        form.timeZone = student.getTimeZone();
        form.mobilePhone = student.getMobilePhone();
        form.emailReminders = student.isEmailReminders();
        form.version = student.getVersion();
        return form;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getMobilePhone() {
        return mobilePhone;
    }

    public void setMobilePhone(String mobilePhone) {
        this.mobilePhone = mobilePhone;
    }

    public boolean isEmailReminders() {
        return emailReminders;
    }

    public void setEmailReminders(boolean emailReminders) {
        this.emailReminders = emailReminders;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
