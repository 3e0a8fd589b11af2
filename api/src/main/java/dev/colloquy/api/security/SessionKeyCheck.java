package dev.colloquy.api.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/** Says at start when the session key is the random one of this process, never the key itself. */
@ApplicationScoped
class SessionKeyCheck {

    private static final Logger LOG = Logger.getLogger(SessionKeyCheck.class);

    void onStart(@Observes StartupEvent start) {
        if (RandomSessionKey.NAME.equals(keySource())) {
            LOG.warnf(
                    "no %s configured: this process uses a random one, so web sessions end at each restart and are"
                            + " not recognised by another instance (set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY)",
                    RandomSessionKey.PROPERTY);
        }
    }

    /** Where the key in force comes from: the name of its config source. */
    static String keySource() {
        return ConfigProvider.getConfig()
                .getConfigValue(RandomSessionKey.PROPERTY)
                .getSourceName();
    }
}
