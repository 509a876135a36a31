package org.rapport.identity.web;

import java.util.regex.Pattern;

/** Checks a "return to" address: only a path inside this application, never another site. */
final class ReturnPath {

    private static final Pattern SAFE = Pattern.compile("/[A-Za-z0-9/_\\-.]*(\\?[A-Za-z0-9=&_\\-.%]*)?");

    private ReturnPath() {
    }

    /**
     * @return the path relative to the application (starting with "/"), or {@code null} when it is missing,
     *     points elsewhere, or leads back into sign-in
     */
    static String sanitise(String requested, String contextPath) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        String path = requested.strip();
        if (!contextPath.isEmpty() && path.startsWith(contextPath + "/")) {
            path = path.substring(contextPath.length());
        }
        if (!SAFE.matcher(path).matches() || path.startsWith("//") || path.contains("..")
                || path.startsWith("/signin") || path.startsWith("/callback") || path.startsWith("/signout")) {
            return null;
        }
        return path;
    }
}
