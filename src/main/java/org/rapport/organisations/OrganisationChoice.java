package org.rapport.organisations;

import java.io.Serializable;

/** An organisation as a pick list shows it: its id and name. */
public class OrganisationChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;

    public OrganisationChoice(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrganisationChoice that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return name;
    }
}
