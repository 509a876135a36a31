package org.rapport.connectors.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.rapport.connectors.Acquaintance;
import org.rapport.connectors.ConnectorLevel;
import org.rapport.connectors.ContactChannel;

/** The fixed choices of connector forms (industries come from {@code OrganisationOptions}). */
@Named
@ApplicationScoped
public class ConnectorOptions {

    public ConnectorLevel[] getLevels() {
        return ConnectorLevel.values();
    }

    public ContactChannel[] getChannels() {
        return ContactChannel.values();
    }

    public Acquaintance[] getAcquaintances() {
        return Acquaintance.values();
    }
}
