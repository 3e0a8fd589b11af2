package dev.colloquy.api.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, for checks that annotations cannot express: GraphQL errors need codes
 * (UNAUTHENTICATED, FORBIDDEN) that clients can act on, and lesson ownership depends on the row.
 */
@ApplicationScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    UserAccounts accounts;

    /** The signed-in user's name, or empty for an anonymous reader. */
    public Optional<String> name() {
        return identity.isAnonymous()
                ? Optional.empty()
                : Optional.of(identity.getPrincipal().getName());
    }

    /**
     * How a user is shown to people (handouts' "Prepared by"): a configured user's display-name, the
     * signed-in caller's OIDC {@code name} claim when the user is the caller, else the user name itself.
     */
    public String displayName(String user) {
        var account = accounts.users().get(user);
        if (account != null
                && account.displayName().isPresent()
                && !account.displayName().get().isBlank()) {
            return account.displayName().get().strip();
        }
        if (!identity.isAnonymous()
                && user.equals(identity.getPrincipal().getName())
                && identity.getPrincipal() instanceof JsonWebToken token) {
            String name = token.getClaim("name");
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        }
        return user;
    }

    public boolean hasRole(String role) {
        return !identity.isAnonymous() && identity.hasRole(role);
    }

    /** The caller's name when they hold the role; otherwise UNAUTHENTICATED (anonymous) or FORBIDDEN. */
    public String require(String role) {
        if (identity.isAnonymous()) {
            throw new UnauthenticatedException("sign in to do this: it needs the " + role + " role");
        }
        if (!identity.hasRole(role)) {
            throw new ForbiddenException(identity.getPrincipal().getName() + " does not have the " + role + " role");
        }
        return identity.getPrincipal().getName();
    }
}
