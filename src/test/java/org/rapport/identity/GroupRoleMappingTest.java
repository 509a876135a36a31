package org.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupRoleMappingTest {

    private final GroupRoleMapping mapping =
            GroupRoleMapping.parse("students=STUDENT, career-advisors=advisor ,career-admins=ADMIN,");

    @Test
    void groupsBecomeRolesAndUnknownGroupsAreIgnored() {
        assertEquals(Set.of(Role.STUDENT), mapping.rolesFor(List.of("students", "library-users")));
        assertEquals(Set.of(Role.ADVISOR, Role.ADMIN), mapping.rolesFor(List.of("career-admins", "career-advisors")));
        assertTrue(mapping.rolesFor(List.of()).isEmpty());
    }

    @Test
    void groupNamesAreComparedExactly() {
        assertTrue(mapping.rolesFor(List.of("Students")).isEmpty());
    }

    @Test
    void aGroupNameMayContainAnEqualsSign() {
        assertEquals(Set.of(Role.STUDENT), GroupRoleMapping.parse("ou=students=STUDENT").rolesFor(List.of("ou=students")));
    }

    @Test
    void aBrokenEntryIsNamedInTheError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GroupRoleMapping.parse("students=STUDENT,staff=BOSS"));
        assertTrue(error.getMessage().contains("'staff=BOSS'"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GroupRoleMapping.parse("=ADMIN"));
        assertThrows(IllegalArgumentException.class, () -> GroupRoleMapping.parse("no-role-here"));
    }
}
