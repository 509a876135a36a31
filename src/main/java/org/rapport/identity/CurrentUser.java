package org.rapport.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.rapport.audit.Actor;

/**
 * Who is asking, for the current request: the signed-in account and its roles, as the container established them
 * at sign-in. Services ask this bean, never request parameters, so a tampered form cannot change who you are.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private OpenIdContext openIdContext;

    @Inject
    private OidcSettings settings;

    @Inject
    private AccountRepository accounts;

    @Inject
    private HttpServletRequest request;

    private Optional<UserAccount> account;

    public boolean isSignedIn() {
        return principal() != null;
    }

    public boolean hasRole(Role role) {
        return isSignedIn() && request.isUserInRole(role.name());
    }

    /**
     * The caller as the request knows it. Payara clears the Jakarta Security context before it renders an error
     * page for a status the application sent, while the request keeps its principal; so the request is asked.
     */
    private Principal principal() {
        Principal principal = request.getUserPrincipal();
        return principal != null ? principal : securityContext.getCallerPrincipal();
    }

    public boolean isStudent() {
        return hasRole(Role.STUDENT);
    }

    public boolean isAdvisor() {
        return hasRole(Role.ADVISOR);
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    public boolean isStaff() {
        return isAdvisor() || isAdmin();
    }

    public boolean hasAnyRole() {
        return isStudent() || isAdvisor() || isAdmin();
    }

    /** The signed-in person's account; empty when signed out. */
    public Optional<UserAccount> account() {
        if (account == null) {
            Principal principal = principal();
            account = principal == null ? Optional.empty()
                    : accounts.findBySubject(issuer(), principal.getName());
        }
        return account;
    }

    public Optional<Long> accountId() {
        return account().map(UserAccount::getId);
    }

    public String getDisplayName() {
        return account().map(UserAccount::getDisplayName).orElse("");
    }

    /** The person as the audit log names them. */
    public Actor actor() {
        return account().map(a -> new Actor(a.getId(), a.getDisplayName(), request.getRemoteAddr()))
                .orElseGet(() -> Actor.anonymous(request.getRemoteAddr()));
    }

    private String issuer() {
        IdentityToken token = openIdContext.getIdentityToken();
        return token == null ? settings.getProviderUri()
                : token.getJwtClaims().getStringClaim("iss").orElse(settings.getProviderUri());
    }
}
