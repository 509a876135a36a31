package org.rapport.connectors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * When two connector records are probably the same person: the same e-mail address (ignoring case), or the same
 * name at the same organisation. Names are compared folded: accents, case, punctuation and spacing ignored, so
 * "José  O'Neil" and "jose oneil" match.
 */
public final class ConnectorIdentity {

    private ConnectorIdentity() {
    }

    /** The folded form of a name, stored with the connector and compared in SQL. */
    public static String nameKey(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]+", "")
                .replaceAll("\\s+", " ").strip();
    }

    /** The e-mail as compared: trimmed and lower-case, or {@code null} when absent. */
    public static String emailKey(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a new record with these details would duplicate {@code existing}. */
    public static boolean sameAs(String name, Long organisationId, String email, Connector existing) {
        String key = emailKey(email);
        if (key != null && key.equals(emailKey(existing.getEmail()))) {
            return true;
        }
        Long existingOrganisation = existing.getOrganisation() == null ? null : existing.getOrganisation().getId();
        return !nameKey(name).isEmpty() && nameKey(name).equals(existing.getNameKey())
                && Objects.equals(organisationId, existingOrganisation);
    }
}
