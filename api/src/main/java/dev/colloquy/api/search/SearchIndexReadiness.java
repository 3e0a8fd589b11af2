package dev.colloquy.api.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the search index is rebuilt, or after a rebuild that failed until one succeeds: a load balancer
 * then sends searches to instances whose index is whole. Liveness is untouched (the process is well, and restarting it would only start the rebuild again).
 */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    @Inject
    IndexSync sync;

    @Override
    public HealthCheckResponse call() {
        boolean rebuilding = sync.rebuilding();
        boolean unfinished = !rebuilding && sync.unfinished();
        return HealthCheckResponse.named("search-index")
                .status(!rebuilding && !unfinished)
                .withData("rebuilding", rebuilding)
                .withData("lastRebuildUnfinished", unfinished)
                .build();
    }
}
