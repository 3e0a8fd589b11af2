package dev.colloquy.api.graphql.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * The HTTP layer reads variables with Vert.x, the GraphQL engine is handed them in JSON-P: the same variables
 * must give one text either way, and different ones different texts.
 */
class CanonicalJsonTest {

    private static final String VARIABLES =
            "{\"slug\": \"rutte\", \"first\": 5, \"filter\": {\"types\": [\"PERSON\", \"PLACE\"], \"min\": 0.5},"
                    + " \"after\": null, \"exact\": true, \"note\": \"a \\\"quoted\\\" \\n line\"}";

    @Test
    void vertxAndJsonPReadingsOfTheSameVariablesAgree() {
        Object vertx = new JsonObject(VARIABLES);
        Object jsonP = Json.createReader(new StringReader(VARIABLES)).readObject();

        assertThat(CanonicalJson.of(jsonP)).isEqualTo(CanonicalJson.of(vertx));
        assertThat(CanonicalJson.of(vertx))
                .isEqualTo("{\"after\":null,\"exact\":true,\"filter\":{\"min\":0.5,\"types\":[\"PERSON\",\"PLACE\"]},"
                        + "\"first\":5,\"note\":\"a \\\"quoted\\\" \\u000a line\",\"slug\":\"rutte\"}");
    }

    @Test
    void differentValuesGiveDifferentTexts() {
        assertThat(CanonicalJson.of(new JsonObject("{\"first\": 5}")))
                .isNotEqualTo(CanonicalJson.of(new JsonObject("{\"first\": \"5\"}")))
                .isNotEqualTo(CanonicalJson.of(new JsonObject("{\"first\": 5.0}")))
                .isNotEqualTo(CanonicalJson.of(new JsonObject("{\"first\": [5]}")));
        assertThat(CanonicalJson.of(new JsonObject("{\"a\": \"x,\\\"b\\\":\\\"y\"}")))
                .isNotEqualTo(CanonicalJson.of(new JsonObject("{\"a\": \"x\", \"b\": \"y\"}")));
    }

    @Test
    void aValueJsonHasNoWordForIsNotKept() {
        assertThat(CanonicalJson.of(java.util.Map.of("when", new Object()))).isNull();
    }
}
