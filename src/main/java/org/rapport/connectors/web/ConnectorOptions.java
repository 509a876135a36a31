package org.rapport.connectors.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.rapport.connectors.Acquaintance;
import org.rapport.connectors.ConnectorLevel;
import org.rapport.connectors.ContactChannel;
import org.rapport.organisations.Industry;

/** The fixed choices of connector forms and filters, in their order of declaration, for every page that offers them. */
@Named
@ApplicationScoped
public class ConnectorOptions {

    public Industry[] getIndustries() {
        return Industry.values();
    }

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
