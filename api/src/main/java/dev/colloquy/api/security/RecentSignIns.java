package dev.colloquy.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a few minutes, that a user's password was checked: basic authentication sends it with every
 * request, and a bcrypt check per request would cost a quarter of a second of CPU each time. Only a keyed
 * SHA-256 digest is kept (the key is random per process and never leaves memory), never the password.
 */
final class RecentSignIns {

    private record Remembered(byte[] digest, String passwordHash, Instant until) {}

    private final Map<String, Remembered> byUser = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private final Duration lifetime;

    RecentSignIns(Duration lifetime) {
        new SecureRandom().nextBytes(key);
        this.lifetime = lifetime;
    }

    /** Whether this password was checked against this very hash less than the lifetime ago. */
    boolean remembers(String user, String password, String passwordHash, Instant now) {
        Remembered r = byUser.get(user);
        return r != null
                && now.isBefore(r.until())
                && r.passwordHash().equals(passwordHash)
                && MessageDigest.isEqual(r.digest(), digest(password));
    }

    void remember(String user, String password, String passwordHash, Instant now) {
        byUser.put(user, new Remembered(digest(password), passwordHash, now.plus(lifetime)));
    }

    private byte[] digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
