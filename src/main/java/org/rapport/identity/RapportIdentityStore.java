package org.rapport.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Adds Rapport's roles to a campus sign-in (the provider has already proven who the person is). It reads the
 * configured claims from the ID token and user-info, provisions or refreshes the account, and gives the session a
 * new id so a session fixed before sign-in is worthless after it.
 */
@ApplicationScoped
public class RapportIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(RapportIdentityStore.class.getName());

    @Inject
    private OpenIdContext openIdContext;

    @Inject
    private OidcSettings settings;

    @Inject
    private AccountService accountService;

    @Inject
    private HttpServletRequest request;

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        SignInProfile profile = profile();
        if (profile.email() == null) {
            // Without the e-mail claim no record can be matched; the sign-in page names the missing claim.
            LOG.warning(() -> "Campus sign-in for subject " + profile.subject() + " lacks the claim '"
                    + settings.getEmailClaim() + "'; no roles given");
            return Set.of();
        }
        try {
            Set<Role> roles = accountService.signIn(profile, request.getRemoteAddr());
            request.changeSessionId();
            return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not record the sign-in of subject " + profile.subject(), e);
            return Set.of();
        }
    }

    private SignInProfile profile() {
        JwtClaims idToken = openIdContext.getIdentityToken().getJwtClaims();
        OpenIdClaims userInfo = openIdContext.getClaims();
        String issuer = idToken.getStringClaim("iss").orElse(settings.getProviderUri());
        return new SignInProfile(issuer, openIdContext.getSubject(),
                claim(idToken, userInfo, settings.getUsernameClaim()).orElse(openIdContext.getSubject()),
                claim(idToken, userInfo, settings.getEmailClaim()).orElse(null),
                claim(idToken, userInfo, settings.getNameClaim()).orElse(null),
                groups(idToken, userInfo));
    }

    private static Optional<String> claim(JwtClaims idToken, OpenIdClaims userInfo, String name) {
        Optional<String> fromToken = idToken.getStringClaim(name).filter(value -> !value.isBlank());
        return fromToken.isPresent() ? fromToken
                : userInfo == null ? Optional.empty() : userInfo.getStringClaim(name).filter(v -> !v.isBlank());
    }

    private List<String> groups(JwtClaims idToken, OpenIdClaims userInfo) {
        Set<String> groups = new LinkedHashSet<>(idToken.getArrayStringClaim(settings.getGroupsClaim()));
        if (userInfo != null) {
            groups.addAll(userInfo.getArrayStringClaim(settings.getGroupsClaim()));
        }
        return new ArrayList<>(groups);
    }
}
