package org.rapport.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The campus OpenID Connect settings, from MicroProfile Config (environment variables such as
 * {@code RAPPORT_OIDC_PROVIDER_URI}). The defaults point at the local demo provider the run command starts on
 * loopback; a real install sets at least the provider URI, client id and client secret (see README).
 * {@link CampusSignIn} reads these through EL.
 */
@Named
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "rapport.oidc.provider-uri", defaultValue = "http://127.0.0.1:8090/campus")
    private String providerUri;

    @Inject
    @ConfigProperty(name = "rapport.oidc.client-id", defaultValue = "rapport")
    private String clientId;

    /** Only the local demo provider accepts the default; a campus provider needs its real secret. */
    @Inject
    @ConfigProperty(name = "rapport.oidc.client-secret", defaultValue = "local-demo-provider")
    private String clientSecret;

    /**
     * The callback address registered at the provider. Empty: derived from each request's own address, which is
     * right unless Rapport sits behind a proxy that changes the host or scheme.
     */
    @Inject
    @ConfigProperty(name = "rapport.oidc.redirect-uri", defaultValue = " ")
    private String redirectUri;

    @Inject
    @ConfigProperty(name = "rapport.oidc.scopes", defaultValue = "openid email profile")
    private String scopes;

    @Inject
    @ConfigProperty(name = "rapport.oidc.claim.username", defaultValue = "preferred_username")
    private String usernameClaim;

    @Inject
    @ConfigProperty(name = "rapport.oidc.claim.email", defaultValue = "email")
    private String emailClaim;

    @Inject
    @ConfigProperty(name = "rapport.oidc.claim.name", defaultValue = "name")
    private String nameClaim;

    @Inject
    @ConfigProperty(name = "rapport.oidc.claim.groups", defaultValue = "groups")
    private String groupsClaim;

    @Inject
    @ConfigProperty(name = "rapport.oidc.group-roles",
            defaultValue = "students=STUDENT,career-advisors=ADVISOR,career-admins=ADMIN")
    private String groupRoles;

    @Inject
    @ConfigProperty(name = "rapport.admins", defaultValue = " ")
    private String firstAdministrators;

    @Inject
    @ConfigProperty(name = "rapport.oidc.logout-at-provider", defaultValue = "true")
    private boolean logoutAtProvider;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /**
     * The configured callback address, or the mechanism's own placeholder {@code ${baseURL}/callback}, which it
     * replaces with the address of the request being served.
     */
    public String getRedirectUri() {
        return redirectUri == null || redirectUri.isBlank() ? "${baseURL}/callback" : redirectUri.strip();
    }

    /** The scopes, space-separated as the sign-in mechanism wants them; {@code openid} is always included. */
    public String getScopes() {
        Set<String> all = new LinkedHashSet<>();
        all.add("openid");
        for (String scope : scopes.split("[\\s,]+")) {
            if (!scope.isBlank()) {
                all.add(scope.strip());
            }
        }
        return String.join(" ", all);
    }

    public String getUsernameClaim() {
        return usernameClaim;
    }

    public String getEmailClaim() {
        return emailClaim;
    }

    public String getNameClaim() {
        return nameClaim;
    }

    public String getGroupsClaim() {
        return groupsClaim;
    }

    public boolean isLogoutAtProvider() {
        return logoutAtProvider;
    }

    public GroupRoleMapping groupRoleMapping() {
        return GroupRoleMapping.parse(groupRoles);
    }

    public FirstAdministrators firstAdministrators() {
        return FirstAdministrators.parse(firstAdministrators);
    }
}
