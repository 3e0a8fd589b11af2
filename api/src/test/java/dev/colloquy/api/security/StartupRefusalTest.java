package dev.colloquy.api.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service refuses to start when a configured password is anything but a bcrypt hash. */
class StartupRefusalTest {

    @Test
    void aPlainTextPasswordStopsTheStartAndIsNotEchoed() {
        ConfiguredUserIdentityProvider provider = providerWith(Map.of("eve", account("hunter2-plain")));
        assertThatThrownBy(() -> provider.checkAtStart(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"eve\".password-hash")
                .hasMessageContaining("not a bcrypt hash")
                .hasMessageNotContaining("hunter2-plain");
    }

    @Test
    void bcryptHashesStart() {
        ConfiguredUserIdentityProvider provider =
                providerWith(Map.of("eve", account(PasswordHashes.hash("a long password"))));
        assertThatCode(() -> provider.checkAtStart(null)).doesNotThrowAnyException();
    }

    private static ConfiguredUserIdentityProvider providerWith(Map<String, UserAccounts.Account> users) {
        ConfiguredUserIdentityProvider provider = new ConfiguredUserIdentityProvider();
        provider.accounts = new UserAccounts() {
            @Override
            public Map<String, Account> users() {
                return users;
            }

            @Override
            public int failuresBeforePause() {
                return 5;
            }

            @Override
            public int firstPauseSeconds() {
                return 30;
            }

            @Override
            public int longestPauseSeconds() {
                return 900;
            }
        };
        return provider;
    }

    private static UserAccounts.Account account(String hash) {
        return new UserAccounts.Account() {
            @Override
            public String passwordHash() {
                return hash;
            }

            @Override
            public List<String> roles() {
                return List.of("editor");
            }

            @Override
            public java.util.Optional<String> displayName() {
                return java.util.Optional.empty();
            }
        };
    }
}
