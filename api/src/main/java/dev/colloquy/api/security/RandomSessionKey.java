package dev.colloquy.api.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies a random session-cookie encryption key when none is configured. Quarkus makes one itself in that case,
 * but writes it into the log at WARN, and anyone who reads the log could then forge a session cookie for as long as
 * the process runs. This source sits below every other, so a configured key (the environment, the config folder)
 * always wins; {@link SessionKeyCheck} says at start, without the key, that sessions will not outlive the process.
 */
public final class RandomSessionKey implements ConfigSource {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";

    static final String NAME = "colloquy-random-session-key";

    /** Below the application's properties (250), the environment (300) and system properties (400). */
    private static final int ORDINAL = 50;

    private static final int KEY_BYTES = 32;

    private final String key = newKey();

    private static String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, key);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTY.equals(propertyName) ? key : null;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
