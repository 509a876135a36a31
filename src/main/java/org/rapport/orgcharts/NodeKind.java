package org.rapport.orgcharts;

/** What a node on an org chart stands for. Bundle key {@code orgChart.kind.<NAME>}. */
public enum NodeKind {
    /** A department, team or office. */
    UNIT,
    /** A position, filled or not ("Head of Data"). */
    ROLE,
    /** A named person, perhaps one of the student's connectors. */
    PERSON;

    public String messageKey() {
        return "orgChart.kind." + name();
    }
}
