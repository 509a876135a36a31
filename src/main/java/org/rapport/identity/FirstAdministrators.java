package org.rapport.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The administrators named in configuration ({@code RAPPORT_ADMINS}), so a new install can be set up before
 * anyone has granted a role inside Rapport. Each entry is a provider subject or an e-mail address.
 */
public final class FirstAdministrators {

    private final Set<String> entries;

    private FirstAdministrators(Set<String> entries) {
        this.entries = entries;
    }

    public static FirstAdministrators parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return new FirstAdministrators(Set.of());
        }
        return new FirstAdministrators(Arrays.stream(setting.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** Subjects compare exactly; e-mail addresses ignore case. */
    public boolean includes(String subject, String email) {
        if (subject != null && entries.contains(subject)) {
            return true;
        }
        return email != null && entries.stream()
                .anyMatch(entry -> entry.contains("@") && entry.toLowerCase(Locale.ROOT)
                        .equals(email.strip().toLowerCase(Locale.ROOT)));
    }
}
