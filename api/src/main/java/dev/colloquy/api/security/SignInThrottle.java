package dev.colloquy.api.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pauses password sign-ins for a user from one address after repeated failures, so that guessing a password
 * costs hours rather than seconds. Keyed by user and address together: a stranger failing from elsewhere does
 * not lock the real user out. The map is bounded; when full, entries no longer paused are forgotten first.
 */
public final class SignInThrottle {

    /** More keys than this and the throttle forgets the ones that are not paused. */
    static final int MAX_KEYS = 10_000;

    private record Failures(int count, Instant pausedUntil) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int failuresBeforePause;
    private final Duration firstPause;
    private final Duration longestPause;

    public SignInThrottle(int failuresBeforePause, Duration firstPause, Duration longestPause) {
        this.failuresBeforePause = failuresBeforePause;
        this.firstPause = firstPause;
        this.longestPause = longestPause;
    }

    /** Whether sign-ins for this key are paused at this moment; a paused key is not even checked. */
    public boolean isPaused(String key, Instant now) {
        Failures f = failures.get(key);
        return f != null && f.pausedUntil() != null && now.isBefore(f.pausedUntil());
    }

    /** Counts a failure; from the configured count on, each failure pauses the key twice as long as the last. */
    public void failed(String key, Instant now) {
        if (failures.size() >= MAX_KEYS) {
            forgetUnpaused(now);
        }
        failures.compute(key, (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            int beyond = count - failuresBeforePause;
            Instant until = beyond < 0 ? null : now.plus(pause(beyond));
            return new Failures(count, until);
        });
    }

    /** A successful sign-in clears the key's failures. */
    public void succeeded(String key) {
        failures.remove(key);
    }

    private Duration pause(int beyond) {
        Duration pause = firstPause.multipliedBy(1L << Math.min(beyond, 20));
        return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }

    private void forgetUnpaused(Instant now) {
        failures.entrySet()
                .removeIf(e -> e.getValue().pausedUntil() == null
                        || !now.isBefore(e.getValue().pausedUntil()));
    }
}
