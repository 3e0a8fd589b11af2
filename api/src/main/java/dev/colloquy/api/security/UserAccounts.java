package dev.colloquy.api.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The users who sign in with a name and password, read from configuration. Each holds a salted bcrypt hash,
 * never a password: {@code colloquy.security.users."NAME".password-hash}, {@code ….roles} and optionally
 * {@code ….display-name}. The production
 * profile ships none; dev and test define local ones.
 */
@ConfigMapping(prefix = "colloquy.security")
public interface UserAccounts {

    /** The users by name. */
    Map<String, Account> users();

    /** How many failed sign-ins in a row, for one user from one address, before sign-ins are paused. */
    @WithDefault("5")
    int failuresBeforePause();

    /** The first pause in seconds; it doubles with each further failure, up to {@link #longestPauseSeconds()}. */
    @WithDefault("30")
    int firstPauseSeconds();

    /** The longest pause in seconds. */
    @WithDefault("900")
    int longestPauseSeconds();

    /** One user. */
    interface Account {

        /** The bcrypt hash of the password ({@code $2a$…}, {@code $2b$…} or {@code $2y$…}). */
        String passwordHash();

        /** The roles held, e.g. editor, teacher. */
        List<String> roles();

        /**
         * The name pupils know the user by, e.g. "Alice Martin", printed on handouts as "Prepared by …";
         * optional, the user name stands in for it. {@code colloquy.security.users."NAME".display-name}.
         */
        Optional<String> displayName();
    }
}
