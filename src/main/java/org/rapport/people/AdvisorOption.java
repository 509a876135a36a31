package org.rapport.people;

import java.io.Serializable;

/** An advisor as a choice in a list: id and "Family, Given (college)". */
public final class AdvisorOption implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String label;

    public AdvisorOption(long id, String givenName, String familyName, String college) {
        this.id = id;
        this.label = familyName + ", " + givenName + (college == null ? "" : " (" + college + ")");
    }

    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }
}
