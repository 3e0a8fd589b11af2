package dev.colloquy.api.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Signs in the users of {@link UserAccounts} over HTTP basic authentication: bcrypt checks off the event loop,
 * failed attempts throttled, and a configuration holding anything but bcrypt hashes refused at start.
 */
@ApplicationScoped
public class ConfiguredUserIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(ConfiguredUserIdentityProvider.class);

    /**
     * Checked against when the user is unknown, so that a wrong name takes as long as a wrong password. Made on
     * the first sign-in with an unknown name, not with the class: a bcrypt hash at this cost is a quarter of a
     * second of processor time on an idle core, and every start paid it before answering.
     */
    private static final class UnknownUser {
        static final String HASH = PasswordHashes.hash("no such user");
    }

    @Inject
    UserAccounts accounts;

    private SignInThrottle throttle;

    private final RecentSignIns recent = new RecentSignIns(Duration.ofMinutes(5));

    /**
     * Refuses to start on a plain-text password or any other value that is not a bcrypt hash; runs before the
     * other start-up work (the corpus import) so that the refusal comes at once.
     */
    void checkAtStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        for (Map.Entry<String, UserAccounts.Account> user : accounts.users().entrySet()) {
            if (!PasswordHashes.isHash(user.getValue().passwordHash())) {
                throw new IllegalStateException(
                        "colloquy.security.users.\"" + user.getKey() + "\".password-hash"
                                + " is not a bcrypt hash; plain-text passwords are refused (make a hash with api/hash-password)");
            }
        }
        LOG.infof("%d password user(s) configured", accounts.users().size());
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String key = request.getUsername() + "@" + clientAddress(request);
        return context.runBlocking(() -> check(request, key));
    }

    private SecurityIdentity check(UsernamePasswordAuthenticationRequest request, String key) {
        Instant now = Instant.now();
        if (throttle.isPaused(key, now)) {
            throw new AuthenticationFailedException("sign-ins paused after repeated failures");
        }
        String user = request.getUsername();
        UserAccounts.Account account = accounts.users().get(user);
        String password = new String(request.getPassword().getPassword());
        if (account == null || !recent.remembers(user, password, account.passwordHash(), now)) {
            boolean matches =
                    PasswordHashes.matches(password, account == null ? UnknownUser.HASH : account.passwordHash());
            if (account == null || !matches) {
                throttle.failed(key, now);
                throw new AuthenticationFailedException("wrong user name or password");
            }
            recent.remember(user, password, account.passwordHash(), now);
        }
        throttle.succeeded(key);
        return identityOf(user, account);
    }

    /** The identity of a configured user: their name and their roles as configured now. */
    static SecurityIdentity identityOf(String user, UserAccounts.Account account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user))
                .addRoles(Set.copyOf(account.roles()))
                .build();
    }

    @PostConstruct
    void createThrottle() {
        throttle = new SignInThrottle(
                accounts.failuresBeforePause(),
                Duration.ofSeconds(accounts.firstPauseSeconds()),
                Duration.ofSeconds(accounts.longestPauseSeconds()));
    }

    private static String clientAddress(UsernamePasswordAuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return routing == null || routing.request().remoteAddress() == null
                ? "unknown"
                : routing.request().remoteAddress().host();
    }
}
