package org.rapport.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Someone who signs in through the test campus provider: a stable subject and the claims the provider sends.
 * Every persona gets a unique suffix so test classes never share accounts.
 */
public record Persona(String subject, String name, String email, List<String> groups) {

    public static Persona of(String role, String name, String group) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String domain = "students".equals(group) ? "students.it.example" : "careers.it.example";
        return new Persona("it-" + role + "-" + suffix, name,
                role + "." + suffix + "@" + domain, group == null ? List.of() : List.of(group));
    }

    /** The claims of the ID token; a {@code null} e-mail leaves the claim out. */
    public Map<String, Object> claims() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("preferred_username", subject);
        claims.put("name", name);
        if (email != null) {
            claims.put("email", email);
        }
        claims.put("groups", groups);
        return claims;
    }

    public Persona withoutEmail() {
        return new Persona(subject, name, null, groups);
    }

    public Persona withSubject(String newSubject) {
        return new Persona(newSubject, name, email, groups);
    }
}
