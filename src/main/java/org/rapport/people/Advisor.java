package org.rapport.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.rapport.identity.UserAccount;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/**
 * A member of the career-centre staff who coaches students. An advisor may serve one college or, with no
 * college, the whole university; caseloads (who may see which student) are assigned separately.
 */
@Entity
@Table(name = "advisor")
public class Advisor extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = Student.NAME_LENGTH;
    public static final int EMAIL_LENGTH = Student.EMAIL_LENGTH;
    public static final int TITLE_LENGTH = 120;
    public static final int COLLEGE_LENGTH = Student.COLLEGE_LENGTH;

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
    @Column(name = "email", length = EMAIL_LENGTH, nullable = false, unique = true)
    private String email;

    @NotBlank(message = "{advisor.title.required}")
    @Size(max = TITLE_LENGTH, message = "{field.tooLong}")
    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @Size(max = COLLEGE_LENGTH, message = "{field.tooLong}")
    @Column(name = "college", length = COLLEGE_LENGTH)
    private String college;

    /** The campus account of this person, linked at their first sign-in with the same e-mail address. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", unique = true)
    private UserAccount account;

    protected Advisor() {
        // for JPA
    }

    public Advisor(String givenName, String familyName, String email, String title, String college) {
        this.givenName = Require.text(givenName, NAME_LENGTH, "givenName");
        this.familyName = Require.text(familyName, NAME_LENGTH, "familyName");
        this.email = Require.text(email, EMAIL_LENGTH, "email");
        this.title = Require.text(title, TITLE_LENGTH, "title");
        this.college = Require.optionalText(college, COLLEGE_LENGTH, "college");
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

    public String getTitle() {
        return title;
    }

    /** The college served, or {@code null} for an advisor who serves the whole university. */
    public String getCollege() {
        return college;
    }
}
