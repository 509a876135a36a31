package org.rapport.platform;

import java.util.Objects;

/**
 * Invariant checks for entity constructors and verbs. They guard against programming errors (the screens
 * validate input first with Bean Validation), so they throw {@link IllegalArgumentException}.
 */
public final class Require {

    private Require() {
    }

    /** A non-blank text of at most {@code maxLength} characters, trimmed. */
    public static String text(String value, int maxLength, String field) {
        Objects.requireNonNull(value, field + " is required");
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        return trimmed;
    }

    /** Like {@link #text} but {@code null} or blank becomes {@code null}. */
    public static String optionalText(String value, int maxLength, String field) {
        return value == null || value.isBlank() ? null : text(value, maxLength, field);
    }

    public static <T> T present(T value, String field) {
        return Objects.requireNonNull(value, field + " is required");
    }
}
