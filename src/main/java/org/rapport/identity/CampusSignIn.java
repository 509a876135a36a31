package org.rapport.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Campus sign-in: Jakarta Security's OpenID Connect mechanism (authorization code flow, state and nonce checked),
 * configured from {@link OidcSettings}. The caller name is the provider's {@code sub}, the stable key of an account;
 * roles come from {@link RapportIdentityStore}. After sign-in, {@code /callback} sends the person on: to the page
 * they were returned from (see {@code SignInStartServlet}) or to the home page of their role.
 */
@ApplicationScoped
@DeclareRoles({"STUDENT", "ADVISOR", "ADMIN"})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${oidcSettings.redirectUri}",
        // Soteria's replay of the original request loses its parameters and locales (JSF then fails), so the
        // provider returns to /callback and SignInBacking routes from there.
        redirectToOriginalResource = false,
        scopeExpression = "${oidcSettings.scopes}",
        claimsDefinition = @ClaimsDefinition(
                callerNameClaim = "sub",
                callerGroupsClaim = "${oidcSettings.groupsClaim}"),
        logout = @LogoutDefinition(
                notifyProviderExpression = "${oidcSettings.logoutAtProvider}",
                redirectURI = "${baseURL}/signed-out"))
public class CampusSignIn {
}
