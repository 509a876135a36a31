package org.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class ConcurrentChangeExceptionTest {

    @Test
    void lostRacesOnAVersionOrAUniqueKeyAreConcurrentChanges() {
        assertTrue(ConcurrentChangeException.causedBy(new RuntimeException(new OptimisticLockException())));
        assertTrue(ConcurrentChangeException.causedBy(new RuntimeException("commit failed",
                new RuntimeException(new SQLIntegrityConstraintViolationException(
                        "Duplicate entry 'Harbourline' for key 'uk_organisation_name'", "23000", 1062)))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(ConcurrentChangeException.causedBy(new RuntimeException(
                new SQLIntegrityConstraintViolationException("Cannot add or update a child row", "23000", 1452))));
        assertFalse(ConcurrentChangeException.causedBy(new IllegalStateException("boom")));
    }
}
