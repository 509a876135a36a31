package org.rapport.identity;

import java.util.Set;

/**
 * Fired (synchronously, inside the sign-in transaction) after an account signed in, so features can link the
 * account to their own records, such as the student record with the same e-mail address.
 */
public record AccountSignedIn(UserAccount account, Set<Role> roles) {
}
