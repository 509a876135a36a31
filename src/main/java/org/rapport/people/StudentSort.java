package org.rapport.people;

import java.util.Arrays;

/** The columns a student list may be sorted by, mapped to JPQL here so no screen value reaches a query as text. */
public enum StudentSort {
    NAME("familyName", "s.familyName %1$s, s.givenName %1$s"),
    NUMBER("studentNumber", "s.studentNumber %1$s"),
    COLLEGE("college", "s.college %1$s, s.major %1$s"),
    MAJOR("major", "s.major %1$s"),
    CLASS_YEAR("classYear", "s.classYear %1$s");

    private final String key;
    private final String orderBy;

    StudentSort(String key, String orderBy) {
        this.key = key;
        this.orderBy = orderBy;
    }

    /** The sort for a screen's sort key; unknown keys sort by name. */
    public static StudentSort forKey(String key) {
        return Arrays.stream(values()).filter(sort -> sort.key.equals(key)).findFirst().orElse(NAME);
    }

    String orderBy(boolean ascending) {
        // The id last makes paging stable when names repeat.
        return String.format(orderBy, ascending ? "asc" : "desc") + ", s.id asc";
    }
}
