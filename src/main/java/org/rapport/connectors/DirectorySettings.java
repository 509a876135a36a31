package org.rapport.connectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The office-wide fatigue cap for directory volunteers: {@code RAPPORT_DIRECTORY_CAP_REQUESTS} open requests per
 * {@code RAPPORT_DIRECTORY_CAP_DAYS} days (3 per 30 unless configured). Staff may override it per volunteer.
 */
@ApplicationScoped
public class DirectorySettings {

    @Inject
    @ConfigProperty(name = "rapport.directory.cap.requests", defaultValue = "3")
    private int capRequests;

    @Inject
    @ConfigProperty(name = "rapport.directory.cap.days", defaultValue = "30")
    private int capDays;

    public FatigueCap officeCap() {
        return new FatigueCap(capRequests, capDays);
    }
}
