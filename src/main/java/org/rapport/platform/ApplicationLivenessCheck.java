package org.rapport.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive means the application is deployed and its heap is not full even after garbage collection; a DOWN here
 * tells the platform to restart the instance. The database is deliberately not part of it (that is readiness):
 * restarting Rapport would not bring MariaDB back.
 */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

    /** A heap pool still this full right after a collection means the instance is thrashing. */
    private static final double MAX_SHARE_AFTER_GC = 0.95;

    @Override
    public HealthCheckResponse call() {
        double worst = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && afterGc != null && afterGc.getMax() > 0) {
                worst = Math.max(worst, (double) afterGc.getUsed() / afterGc.getMax());
            }
        }
        return HealthCheckResponse.named("application")
                .withData("heapShareAfterGc", String.format("%.2f", worst))
                .status(worst < MAX_SHARE_AFTER_GC)
                .build();
    }
}
