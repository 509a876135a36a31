package org.rapport.platform;

/**
 * Turns search text typed on a screen into a JPQL {@code like} pattern that matches it anywhere, with the
 * wildcards a person might type ({@code %}, {@code _}) taken literally. Bind the result as a parameter.
 */
public final class Like {

    private Like() {
    }

    public static String containing(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
