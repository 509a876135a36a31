package org.rapport.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void longTextIsClippedNotLost() {
        String clipped = AuditEntry.clip("x".repeat(600), AuditEntry.DETAIL_LENGTH);
        assertEquals(AuditEntry.DETAIL_LENGTH, clipped.length());
        assertEquals('…', clipped.charAt(clipped.length() - 1));
        assertNull(AuditEntry.clip("  ", 10));
    }

    @Test
    void anEntryNamesItsActorAndWhen() {
        AuditEntry entry = new AuditEntry(new Actor(7L, "Marcus Holloway", "127.0.0.1"),
                AuditAction.STUDENT_RECORD_VIEWED, 42L, "NU00000042", null);
        assertEquals(7L, entry.getActorAccountId());
        assertEquals(42L, entry.getStudentId());
        assertEquals(AuditAction.STUDENT_RECORD_VIEWED, entry.getAction());
        assertEquals("127.0.0.1", entry.getClientAddress());
        assertEquals("(not signed in)", Actor.anonymous("::1").name());
    }
}
