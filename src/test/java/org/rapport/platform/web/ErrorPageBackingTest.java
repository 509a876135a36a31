package org.rapport.platform.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErrorPageBackingTest {

    @Test
    void incidentReferencesAreShortAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String id = ErrorPageBacking.newIncidentId();
            assertTrue(id.matches("[0-9A-F]{8}"), id);
            seen.add(id);
        }
        assertTrue(seen.size() > 990, "references should practically never repeat: " + seen.size());
    }
}
