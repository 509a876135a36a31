package org.rapport.organisations;

import org.rapport.platform.BusinessException;

/** Refuses a second organisation with a name already in the directory, naming the existing one to open instead. */
public class DuplicateOrganisationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final OrganisationChoice existing;

    public DuplicateOrganisationException(OrganisationChoice existing) {
        super("organisation.name.taken", existing.getName());
        this.existing = existing;
    }

    public OrganisationChoice getExisting() {
        return existing;
    }
}
