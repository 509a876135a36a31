package org.rapport.research;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns a notebook list may be sorted by, mapped to JPQL here so no screen value reaches a query as text.
 * Without a (known) sort key the list shows the most recently changed notes first.
 */
public enum NoteSort {
    TITLE("title", "n.title %1$s"),
    ORGANISATION("organisationName", "o.name %1$s"),
    INDUSTRY("industry", "n.industry %1$s"),
    CONNECTOR("connectorName", "c.fullName %1$s"),
    UPDATED("updatedAt", "n.updatedAt %1$s");

    private static final String NEWEST_FIRST = "n.updatedAt desc, n.id desc";

    private final String key;
    private final String orderBy;

    NoteSort(String key, String orderBy) {
        this.key = key;
        this.orderBy = orderBy;
    }

    public static Optional<NoteSort> forKey(String key) {
        return Arrays.stream(values()).filter(sort -> sort.key.equals(key)).findFirst();
    }

    /** The order-by clause for a screen's sort key and direction; unknown keys give newest first. */
    static String orderBy(String key, boolean ascending) {
        // The id last makes paging stable when values repeat.
        return forKey(key).map(sort -> String.format(sort.orderBy, ascending ? "asc" : "desc") + ", n.id asc")
                .orElse(NEWEST_FIRST);
    }
}
