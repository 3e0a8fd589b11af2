package dev.colloquy.api.http;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Which web pages besides the service's own may make browsers send it writes (application.properties explains). */
@ConfigMapping(prefix = "colloquy.http")
public interface CrossSiteConfig {

    /** Origins such as {@code https://reader.example.org} whose pages may post to the service. */
    Optional<List<String>> allowedOrigins();
}
