package org.rapport.connectors;

import java.util.Map;

/** The columns connector lists may be sorted by: a whitelist from table keys to JPQL, name as the tie-breaker. */
final class ConnectorSort {

    private static final Map<String, String> COLUMNS = Map.of(
            "fullName", "c.fullName",
            "title", "c.title",
            "organisationName", "o.name",
            "industry", "c.industry",
            "level", "c.level",
            "preferredChannel", "c.preferredChannel");

    private ConnectorSort() {
    }

    static String orderBy(String key, boolean ascending) {
        String column = key == null ? "c.fullName" : COLUMNS.getOrDefault(key, "c.fullName");
        String direction = ascending ? " asc" : " desc";
        return column + direction + ("c.fullName".equals(column) ? "" : ", c.fullName asc") + ", c.id asc";
    }
}
