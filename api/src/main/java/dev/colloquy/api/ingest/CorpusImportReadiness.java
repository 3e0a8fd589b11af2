package dev.colloquy.api.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the start-up import of the corpus folder runs, with how far it has come: a load balancer sends
 * readers to instances that hold the whole corpus, and whoever started the service can watch the import. Liveness
 * is untouched: the process is well, and restarting it would only begin the import again.
 */
@Readiness
@ApplicationScoped
public class CorpusImportReadiness implements HealthCheck {

    @Inject
    CorpusIngest ingest;

    @Override
    public HealthCheckResponse call() {
        Optional<CorpusIngest.Progress> running = ingest.startUpImport();
        var response = HealthCheckResponse.named("corpus-import").status(running.isEmpty());
        running.ifPresent(progress -> response.withData("importing", true)
                .withData("newFiles", progress.newFiles())
                .withData("done", progress.done()));
        return response.build();
    }
}
