package org.rapport.organisations;

import java.util.Arrays;

/** The columns the organisation list may be sorted by, mapped to JPQL here so no screen value reaches a query. */
public enum OrganisationSort {
    NAME("name", "o.name %1$s"),
    INDUSTRY("industry", "o.industry %1$s, o.name %1$s"),
    HEAD_OFFICE("city", "o.countryCode %1$s, o.city %1$s, o.name %1$s");

    private final String key;
    private final String orderBy;

    OrganisationSort(String key, String orderBy) {
        this.key = key;
        this.orderBy = orderBy;
    }

    /** The sort for a screen's sort key; unknown keys sort by name. */
    public static OrganisationSort forKey(String key) {
        return Arrays.stream(values()).filter(sort -> sort.key.equals(key)).findFirst().orElse(NAME);
    }

    String orderBy(boolean ascending) {
        // The id last makes paging stable when values repeat.
        return String.format(orderBy, ascending ? "asc" : "desc") + ", o.id asc";
    }
}
