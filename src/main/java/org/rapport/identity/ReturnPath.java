package org.rapport.identity;

import java.util.regex.Pattern;

/**
 * Where to send a person after campus sign-in: the page they asked for, remembered in their session. Only a path
 * inside this application is accepted, never another site.
 */
public final class ReturnPath {

    /** Session attribute holding the path to return to; it survives the session id change at sign-in. */
    public static final String SESSION_ATTRIBUTE = "org.rapport.identity.returnTo";

    private static final Pattern SAFE = Pattern.compile("/[A-Za-z0-9/_\\-.]*(\\?[A-Za-z0-9=&_\\-.%]*)?");

    private ReturnPath() {
    }

    /**
     * @return the path relative to the application (starting with "/"), or {@code null} when it is missing,
     *     points elsewhere, or leads back into sign-in
     */
    public static String sanitise(String requested, String contextPath) {
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
