package org.rapport.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a student may change about themselves: the address the career centre writes to and their time zone. It
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

    private long version;

    public ContactDetailsForm() {
    }

    static ContactDetailsForm of(Student student) {
        ContactDetailsForm form = new ContactDetailsForm();
        form.email = student.getEmail();
        form.timeZone = student.getTimeZone();
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
