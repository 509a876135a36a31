package org.rapport.identity;

import java.util.List;

/**
 * What the campus provider said about the person signing in, read from the ID token and user-info claims
 * named in {@link OidcSettings}.
 */
public record SignInProfile(String issuer, String subject, String username, String email, String displayName,
                            List<String> groups) {

    public SignInProfile {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
