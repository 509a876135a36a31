package org.rapport.identity;

import java.util.Locale;
import java.util.Optional;

/** What a person may do in Rapport. The names are the container roles used in web.xml and role checks. */
public enum Role {
    STUDENT,
    ADVISOR,
    ADMIN;

    public static Optional<Role> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String messageKey() {
        return "role." + name();
    }
}
