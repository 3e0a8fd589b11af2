package dev.colloquy.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private final SignInThrottle throttle = new SignInThrottle(3, Duration.ofSeconds(30), Duration.ofMinutes(10));

    @Test
    void pausesAfterTheConfiguredFailuresAndNotBefore() {
        throttle.failed("bob@10.0.0.1", T0);
        throttle.failed("bob@10.0.0.1", T0);
        assertThat(throttle.isPaused("bob@10.0.0.1", T0)).isFalse();
        throttle.failed("bob@10.0.0.1", T0);
        assertThat(throttle.isPaused("bob@10.0.0.1", T0.plusSeconds(29))).isTrue();
        assertThat(throttle.isPaused("bob@10.0.0.1", T0.plusSeconds(30))).isFalse();
    }

    @Test
    void eachFurtherFailureDoublesThePauseUpToTheLongest() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("bob@10.0.0.1", T0);
        }
        assertThat(throttle.isPaused("bob@10.0.0.1", T0.plusSeconds(59))).isTrue();
        assertThat(throttle.isPaused("bob@10.0.0.1", T0.plusSeconds(60))).isFalse();
        for (int i = 0; i < 30; i++) {
            throttle.failed("bob@10.0.0.1", T0);
        }
        assertThat(throttle.isPaused("bob@10.0.0.1", T0.plus(Duration.ofMinutes(10))))
                .isFalse();
    }

    @Test
    void anotherAddressOrUserIsNotPausedAndSuccessClears() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("bob@10.0.0.1", T0);
        }
        assertThat(throttle.isPaused("bob@10.0.0.2", T0)).isFalse();
        assertThat(throttle.isPaused("alice@10.0.0.1", T0)).isFalse();
        throttle.succeeded("bob@10.0.0.1");
        assertThat(throttle.isPaused("bob@10.0.0.1", T0)).isFalse();
    }

    @Test
    void aFloodOfKeysForgetsThoseNotPaused() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("bob@10.0.0.1", T0);
        }
        for (int i = 0; i < SignInThrottle.MAX_KEYS + 10; i++) {
            throttle.failed("guess" + i + "@10.9.9.9", T0);
        }
        assertThat(throttle.isPaused("bob@10.0.0.1", T0)).isTrue();
    }
}
