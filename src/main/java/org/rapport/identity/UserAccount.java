package org.rapport.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.Require;

/**
 * A person who has signed in through the campus provider. The key is the provider's issuer and subject, never the
 * e-mail address (addresses change and get reused). Name and e-mail are refreshed at every sign-in; roles granted
 * inside Rapport are kept here and merged with those from the campus groups claim.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.FIND_BY_SUBJECT,
        query = "select a from UserAccount a where a.issuer = :issuer and a.subject = :subject")
public class UserAccount extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_SUBJECT = "UserAccount.findBySubject";

    public static final int ISSUER_LENGTH = 255;
    public static final int SUBJECT_LENGTH = 255;
    public static final int USERNAME_LENGTH = 120;
    public static final int EMAIL_LENGTH = 254;
    public static final int DISPLAY_NAME_LENGTH = 160;

    @Column(name = "issuer", length = ISSUER_LENGTH, nullable = false, updatable = false)
    private String issuer;

    @Column(name = "subject", length = SUBJECT_LENGTH, nullable = false, updatable = false)
    private String subject;

    @Column(name = "username", length = USERNAME_LENGTH, nullable = false)
    private String username;

    @Column(name = "email", length = EMAIL_LENGTH)
    private String email;

    @Column(name = "display_name", length = DISPLAY_NAME_LENGTH, nullable = false)
    private String displayName;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", length = 20, nullable = false)
    private Set<Role> grantedRoles = new HashSet<>();

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String issuer, String subject) {
        this.issuer = Require.text(issuer, ISSUER_LENGTH, "issuer");
        this.subject = Require.text(subject, SUBJECT_LENGTH, "subject");
        this.username = this.subject.length() <= USERNAME_LENGTH ? this.subject
                : this.subject.substring(0, USERNAME_LENGTH);
        this.displayName = this.username;
    }

    /** A successful sign-in: the provider's current name and address replace the stored ones. */
    public void signedIn(String newUsername, String newEmail, String newDisplayName, Instant at) {
        this.username = fit(newUsername, USERNAME_LENGTH, username);
        this.email = newEmail == null || newEmail.isBlank() ? email : fit(newEmail, EMAIL_LENGTH, email);
        this.displayName = fit(newDisplayName, DISPLAY_NAME_LENGTH, fit(newUsername, DISPLAY_NAME_LENGTH, username));
        this.lastSignInAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** Provider values are not user input: keep the old value rather than refuse a sign-in over a long name. */
    private static String fit(String value, int length, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String stripped = value.strip();
        return stripped.length() <= length ? stripped : stripped.substring(0, length);
    }

    /** @return whether the role was newly granted */
    public boolean grant(Role role) {
        return grantedRoles.add(Require.present(role, "role"));
    }

    /** @return whether the role had been granted */
    public boolean revoke(Role role) {
        return grantedRoles.remove(role);
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSubject() {
        return subject;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Set<Role> getGrantedRoles() {
        return grantedRoles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(grantedRoles));
    }
}
