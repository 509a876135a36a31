package org.rapport.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A row of the accounts list: who, when they last signed in, the roles granted in Rapport, and the version seen. */
public final class AccountSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final String displayName;
    private final String username;
    private final String email;
    private final Instant lastSignInAt;
    private final Set<Role> grantedRoles = EnumSet.noneOf(Role.class);

    public AccountSummary(long id, long version, String displayName, String username, String email,
                          Instant lastSignInAt) {
        this.id = id;
        this.version = version;
        this.displayName = displayName;
        this.username = username;
        this.email = email;
        this.lastSignInAt = lastSignInAt;
    }

    void addGrantedRole(Role role) {
        grantedRoles.add(role);
    }

    public boolean has(Role role) {
        return grantedRoles.contains(role);
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getLastSignInText() {
        return lastSignInAt == null ? "" : lastSignInAt.toString().replace('T', ' ').replaceFirst("\\.\\d+Z$|Z$", "")
                + " UTC";
    }

    public Set<Role> getGrantedRoles() {
        return EnumSet.copyOf(grantedRoles.isEmpty() ? EnumSet.noneOf(Role.class) : grantedRoles);
    }
}
