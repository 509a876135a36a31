package org.rapport.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import org.rapport.identity.OidcSettings;

/**
 * Backs the page for a signed-in person Rapport gives no role: says why when the campus login left out a claim
 * Rapport needs, so the help desk knows what to fix at the provider.
 */
@Named
@RequestScoped
public class NoAccessBacking {

    @Inject
    private OpenIdContext openIdContext;

    @Inject
    private OidcSettings settings;

    /** The name of the required claim the provider did not send, or {@code null}. */
    public String getMissingClaim() {
        IdentityToken token = openIdContext.getIdentityToken();
        if (token == null) {
            return null;
        }
        String claim = settings.getEmailClaim();
        boolean inToken = token.getJwtClaims().getStringClaim(claim).filter(v -> !v.isBlank()).isPresent();
        boolean inUserInfo = openIdContext.getClaims() != null
                && openIdContext.getClaims().getStringClaim(claim).filter(v -> !v.isBlank()).isPresent();
        return inToken || inUserInfo ? null : claim;
    }
}
