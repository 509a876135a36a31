package org.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    @Test
    void signInRefreshesNameAndAddressButKeepsOldValuesForBlankClaims() {
        UserAccount account = new UserAccount("https://login.northfield.example", "sub-1");
        account.signedIn("pl123", "priya@northfield.example", "Priya Lindqvist", Instant.now());
        account.signedIn("pl123", " ", null, Instant.now());
        assertEquals("priya@northfield.example", account.getEmail());
        assertEquals("pl123", account.getDisplayName(), "without a name claim the user name is shown");
        assertEquals("sub-1", account.getSubject());
    }

    @Test
    void overlongProviderValuesAreShortenedNotRefused() {
        UserAccount account = new UserAccount("iss", "sub");
        account.signedIn("u".repeat(500), null, "n".repeat(500), Instant.now());
        assertEquals(UserAccount.USERNAME_LENGTH, account.getUsername().length());
        assertEquals(UserAccount.DISPLAY_NAME_LENGTH, account.getDisplayName().length());
    }

    @Test
    void rolesAreGrantedAndRevokedOnce() {
        UserAccount account = new UserAccount("iss", "sub");
        assertTrue(account.grant(Role.ADVISOR));
        assertFalse(account.grant(Role.ADVISOR));
        assertEquals(Set.of(Role.ADVISOR), account.getGrantedRoles());
        assertTrue(account.revoke(Role.ADVISOR));
        assertTrue(account.getGrantedRoles().isEmpty());
    }
}
