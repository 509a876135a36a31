package org.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapport.organisations.Industry;
import org.rapport.organisations.Organisation;
import org.rapport.organisations.SizeBand;

class BaseEntityTest {

    private static Organisation withId(String name, Long id) throws ReflectiveOperationException {
        Organisation organisation = new Organisation(name, Industry.RETAIL, SizeBand.SMALL);
        Field field = BaseEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(organisation, id);
        return organisation;
    }

    @Test
    void entitiesAreEqualByIdOnceStored() throws ReflectiveOperationException {
        assertEquals(withId("A", 7L), withId("B", 7L));
        assertNotEquals(withId("A", 7L), withId("A", 8L));
        assertNotEquals(withId("A", null), withId("A", null), "two new entities are different records");
    }

    @Test
    void hashStaysTheSameWhenAnEntityGetsItsId() throws ReflectiveOperationException {
        Organisation organisation = withId("A", null);
        Set<Organisation> set = new HashSet<>(Set.of(organisation));
        Field field = BaseEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(organisation, 99L);
        assertTrue(set.contains(organisation));
    }

    @Test
    void constructorsEnforceInvariants() {
        assertThrows(IllegalArgumentException.class, () -> new Organisation("  ", Industry.LAW, SizeBand.SMALL));
        assertThrows(NullPointerException.class, () -> new Organisation("Kestrel Law", null, SizeBand.SMALL));
        assertThrows(IllegalArgumentException.class,
                () -> new Organisation("x".repeat(Organisation.NAME_LENGTH + 1), Industry.LAW, SizeBand.SMALL));
        assertEquals("Kestrel Law", new Organisation("  Kestrel Law ", Industry.LAW, SizeBand.SMALL).getName());
    }
}
