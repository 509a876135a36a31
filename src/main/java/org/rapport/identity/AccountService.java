package org.rapport.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.rapport.audit.Actor;
import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditLog;

/**
 * Accounts and their roles. Signing in provisions the account on first sight and refreshes it afterwards; the
 * effective roles are the union of the campus groups (mapped), the roles granted in Rapport, and ADMIN for the
 * configured first administrators.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private OidcSettings settings;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<AccountSignedIn> signedIn;

    /** Records a successful campus sign-in and returns the roles the person has in Rapport. */
    public Set<Role> signIn(@NotNull SignInProfile profile, String clientAddress) {
        UserAccount account = accounts.findBySubject(profile.issuer(), profile.subject())
                .orElseGet(() -> accounts.add(new UserAccount(profile.issuer(), profile.subject())));
        account.signedIn(profile.username(), profile.email(), profile.displayName(), Instant.now());

        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(settings.groupRoleMapping().rolesFor(profile.groups()));
        roles.addAll(account.getGrantedRoles());
        if (settings.firstAdministrators().includes(profile.subject(), profile.email())) {
            roles.add(Role.ADMIN);
        }
        signedIn.fire(new AccountSignedIn(account, Set.copyOf(roles)));
        audit.record(new Actor(account.getId(), account.getDisplayName(), clientAddress), AuditAction.SIGN_IN,
                null, account.getUsername(), roles.isEmpty() ? "no role" : "roles " + roles);
        return roles;
    }
}
