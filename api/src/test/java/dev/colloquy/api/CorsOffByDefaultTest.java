package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** As shipped, no origin is listed: CORS is off, and no answer tells another site's script it may read it. */
@QuarkusTest
@TestProfile(CorsOffByDefaultTest.NoAllowedOrigins.class)
class CorsOffByDefaultTest {

    /** The production default: colloquy.http.allowed-origins unset (an empty value counts as unset). */
    public static class NoAllowedOrigins implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("colloquy.http.allowed-origins", "");
        }
    }

    @Test
    void aPreflightGetsNoCorsHeadersWhateverItsOrigin() {
        for (String origin : new String[] {CorsTest.LISTED, CorsTest.UNLISTED}) {
            Response answer = CorsTest.preflight(origin);
            assertThat(answer.headers().asList())
                    .as("preflight from %s", origin)
                    .noneMatch(header -> header.getName().toLowerCase().startsWith("access-control-"));
        }
    }

    @Test
    void aGetFromAnotherSiteGetsNoCorsHeaders() {
        Response answer =
                GraphQL.request(null).header("Origin", CorsTest.LISTED).when().get("/q/health");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().asList())
                .noneMatch(header -> header.getName().toLowerCase().startsWith("access-control-"));
    }

    @Test
    void aWriteFromAFormerlyListedOriginIsRefusedByTheGuard() {
        Response answer = GraphQL.request(GraphQL.ALICE)
                .header("Origin", CorsTest.LISTED)
                .contentType(ContentType.JSON)
                .body("{\"query\": \"mutation { createLesson(title: \\\"unlisted\\\") { id } }\"}")
                .when()
                .post("/graphql");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(GraphQL.firstErrorCode(answer.jsonPath())).isEqualTo("FOREIGN_ORIGIN");
    }
}
