package org.rapport.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns the campus groups claim into Rapport roles, from a setting such as
 * {@code students=STUDENT,career-advisors=ADVISOR,career-admins=ADMIN}. Group names compare exactly (providers
 * differ in case rules, so the campus's spelling is what counts); unknown groups are ignored.
 */
public final class GroupRoleMapping {

    private final Map<String, Role> roleByGroup;

    private GroupRoleMapping(Map<String, Role> roleByGroup) {
        this.roleByGroup = Map.copyOf(roleByGroup);
    }

    /**
     * @throws IllegalArgumentException naming the entry that is not {@code group=ROLE} with a known role
     */
    public static GroupRoleMapping parse(String setting) {
        Map<String, Role> mapping = new LinkedHashMap<>();
        if (setting != null) {
            for (String entry : setting.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                int equals = entry.lastIndexOf('=');
                String group = equals < 0 ? "" : entry.substring(0, equals).strip();
                Role role = equals < 0 ? null : Role.parse(entry.substring(equals + 1)).orElse(null);
                if (group.isEmpty() || role == null) {
                    throw new IllegalArgumentException("Group-to-role mapping entry '" + entry.strip()
                            + "' is not group=ROLE with ROLE one of STUDENT, ADVISOR, ADMIN");
                }
                mapping.put(group, role);
            }
        }
        return new GroupRoleMapping(mapping);
    }

    public Set<Role> rolesFor(Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : groups) {
            Role role = roleByGroup.get(group == null ? null : group.strip());
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }
}
