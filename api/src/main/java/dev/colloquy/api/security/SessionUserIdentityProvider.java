package dev.colloquy.api.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Recognises the user of a web app session. The session cookie, encrypted by the service, names a user who
 * signed in with their password; each request looks the name up again, so roles come from the configuration
 * as it is now and a user removed from it is signed out at their next request.
 */
@ApplicationScoped
public class SessionUserIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    UserAccounts accounts;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        UserAccounts.Account account = accounts.users().get(request.getPrincipal());
        if (account == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the session's user no longer exists"));
        }
        return Uni.createFrom().item(ConfiguredUserIdentityProvider.identityOf(request.getPrincipal(), account));
    }
}
