package dev.colloquy.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RandomSessionKeyTest {

    @Test
    void eachProcessGetsItsOwnRandomKeyOf32Bytes() {
        String one = new RandomSessionKey().getValue(RandomSessionKey.PROPERTY);
        String two = new RandomSessionKey().getValue(RandomSessionKey.PROPERTY);

        assertThat(Base64.getDecoder().decode(one)).hasSize(32);
        assertThat(one).isNotEqualTo(two);
        assertThat(new RandomSessionKey().getValue("quarkus.http.auth.basic")).isNull();
    }

    @Test
    void aConfiguredKeyWinsOverTheRandomOne() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new RandomSessionKey())
                .withSources(new PropertiesConfigSource(
                        Map.of(RandomSessionKey.PROPERTY, "a key the operator set, long enough"),
                        "application.properties",
                        250))
                .build();

        assertThat(config.getConfigValue(RandomSessionKey.PROPERTY).getValue())
                .isEqualTo("a key the operator set, long enough");
    }

    @Test
    void withNoKeyConfiguredTheRandomOneIsInForce() {
        SmallRyeConfig config =
                new SmallRyeConfigBuilder().withSources(new RandomSessionKey()).build();

        assertThat(config.getConfigValue(RandomSessionKey.PROPERTY).getSourceName())
                .isEqualTo(RandomSessionKey.NAME);
    }
}
