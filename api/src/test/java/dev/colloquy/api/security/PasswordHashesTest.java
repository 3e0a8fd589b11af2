package dev.colloquy.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    @Test
    void aHashIsSaltedAndChecksOnlyItsPassword() {
        String first = PasswordHashes.hash("a long enough password");
        String second = PasswordHashes.hash("a long enough password");
        assertThat(first).isNotEqualTo(second).startsWith("$2a$" + PasswordHashes.COST + "$");
        assertThat(PasswordHashes.matches("a long enough password", first)).isTrue();
        assertThat(PasswordHashes.matches("a long enough passwore", first)).isFalse();
    }

    @Test
    void plainTextAndOtherDigestsAreNoHash() {
        assertThat(PasswordHashes.isHash("edith-local")).isFalse();
        assertThat(PasswordHashes.isHash("5f4dcc3b5aa765d61d8327deb882cf99")).isFalse();
        assertThat(PasswordHashes.isHash(null)).isFalse();
        assertThat(PasswordHashes.matches("edith-local", "edith-local")).isFalse();
    }
}
