package org.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReturnPathTest {

    @Test
    void pathsInsideRapportAreKeptWithoutTheContextPath() {
        assertEquals("/staff/students", ReturnPath.sanitise("/rapport/staff/students", "/rapport"));
        assertEquals("/staff/student?id=42", ReturnPath.sanitise("/staff/student?id=42", ""));
    }

    @Test
    void anythingThatCouldLeaveRapportIsRefused() {
        assertNull(ReturnPath.sanitise("https://evil.example/", ""));
        assertNull(ReturnPath.sanitise("//evil.example/path", ""));
        assertNull(ReturnPath.sanitise("/\\evil.example", ""));
        assertNull(ReturnPath.sanitise("/a/../../etc", ""));
        assertNull(ReturnPath.sanitise("javascript:alert(1)", ""));
        assertNull(ReturnPath.sanitise("", ""));
        assertNull(ReturnPath.sanitise(null, ""));
    }

    @Test
    void signInPagesAreNotReturnTargets() {
        assertNull(ReturnPath.sanitise("/signin", ""));
        assertNull(ReturnPath.sanitise("/callback?code=x", ""));
        assertNull(ReturnPath.sanitise("/signout", ""));
    }
}
