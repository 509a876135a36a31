package org.rapport.organisations.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.rapport.organisations.Industry;
import org.rapport.organisations.SizeBand;

/** The fixed choices that describe an organisation, for every form and filter that offers them. */
@Named
@ApplicationScoped
public class OrganisationOptions {

    public Industry[] getIndustries() {
        return Industry.values();
    }

    public SizeBand[] getSizeBands() {
        return SizeBand.values();
    }
}
