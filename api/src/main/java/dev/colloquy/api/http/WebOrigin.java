package dev.colloquy.api.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A web origin, scheme://host[:port], in one spelling: lower case, without the scheme's default port, so that
 * "https://Reader.example.org:443" and "https://reader.example.org" compare equal.
 */
public record WebOrigin(String scheme, String host, int port) {

    /** The origin of an Origin header or a Referer address; empty for "null" or anything that is no http(s) URL. */
    public static Optional<WebOrigin> parse(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(of(scheme, uri.getHost(), uri.getPort()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** An origin from its parts; a port of -1 means the scheme's default. */
    public static WebOrigin of(String scheme, String host, int port) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        int defaultPort = lowerScheme.equals("https") ? 443 : 80;
        return new WebOrigin(lowerScheme, host.toLowerCase(Locale.ROOT), port < 0 ? defaultPort : port);
    }

    /** As browsers write it in an Origin header: scheme://host, with the port only when it is not the scheme's default. */
    public String serialized() {
        int defaultPort = scheme.equals("https") ? 443 : 80;
        return scheme + "://" + host + (port == defaultPort ? "" : ":" + port);
    }
}
