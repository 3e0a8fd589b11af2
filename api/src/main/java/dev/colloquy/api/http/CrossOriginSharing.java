package dev.colloquy.api.http;

import io.quarkus.vertx.http.security.CORS;
import io.quarkus.vertx.http.security.HttpSecurity;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * CORS for frontends served from another origin, from the one setting that already names them:
 * colloquy.http.allowed-origins. A page elsewhere may send JSON to the service only when the browser's preflight
 * is answered with its origin, and CrossSiteGuard accepts its writes only when it is listed; keeping both lists in
 * one setting means an operator cannot open one without the other. Unset (the default), Quarkus's CORS filter is
 * not installed and no response carries Access-Control-* headers, so other sites' scripts read nothing.
 *
 * <p>Quarkus's own quarkus.http.cors.* properties would need the list written twice and an "enabled" switch kept
 * in step with it; its programmatic HttpSecurity API takes the list instead.
 */
@Singleton
public class CrossOriginSharing {

    /** What a frontend sends: queries and mutations (POST), the REST reads (GET). */
    static final Set<String> METHODS = Set.of("GET", "POST");
    /** JSON bodies, the GraphQL answer types it accepts, and sign-in (basic or bearer). */
    static final Set<String> HEADERS = Set.of("Content-Type", "Accept", "Authorization");

    void configure(@Observes HttpSecurity http, CrossSiteConfig config) {
        List<String> listed = config.allowedOrigins().orElse(List.of());
        if (listed.isEmpty()) {
            return;
        }
        // Browsers send the origin in one spelling (lower case, no default port); the filter compares strings,
        // so "https://Reader.example.org:443" is written as the browser will send it.
        Set<String> origins = new LinkedHashSet<>();
        for (String origin : listed) {
            origins.add(WebOrigin.parse(origin)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "colloquy.http.allowed-origins: '" + origin + "' is no http(s) origin"))
                    .serialized());
        }
        http.cors(CORS.builder()
                .origins(origins)
                .methods(METHODS)
                .headers(HEADERS)
                .build());
    }
}
