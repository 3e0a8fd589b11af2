package dev.colloquy.api.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.api.SyntheticInterviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sign-in with OpenID Connect bearer tokens from a test token issuer (a WireMock OIDC server with its own
 * signing keys): the roles come from the token's groups claim, and a forged or absent token gets nothing.
 */
@QuarkusTest
@TestProfile(OidcSignInTest.WithIdentityProvider.class)
class OidcSignInTest {

    /** OIDC switched on and pointed at the test issuer, as an operator would in production. */
    public static class WithIdentityProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.tenant-enabled",
                    "true",
                    "quarkus.oidc.auth-server-url",
                    "${keycloak.url}/realms/quarkus/",
                    "quarkus.oidc.client-id",
                    "colloquy",
                    "quarkus.datasource.jdbc.url",
                    "jdbc:h2:mem:colloquy-oidc;DB_CLOSE_DELAY=-1");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
        }
    }

    private static final String VIEWER = "{ viewer { name roles } }";

    @Test
    void aTokenSignsTheUserInWithTheRolesOfItsGroupsClaim() {
        JsonPath viewer = graphql(bearer(OidcWiremockTestResource.getAccessToken("dana", Set.of("teacher"))), VIEWER);
        assertThat(viewer.getString("data.viewer.name")).isEqualTo("dana");
        assertThat(viewer.getList("data.viewer.roles")).containsExactly("teacher");
    }

    @Test
    void aTeachersTokenCannotImportButAnEditorsCan() {
        String text = SyntheticInterviews.article("oidc", 3);
        bearer(OidcWiremockTestResource.getAccessToken("dana", Set.of("teacher")))
                .contentType(ContentType.TEXT)
                .body(text)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(403);
        bearer(OidcWiremockTestResource.getAccessToken("erin", Set.of("editor")))
                .contentType(ContentType.TEXT)
                .body(text)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201);
    }

    @Test
    void aForgedOrGarbledTokenIsRefused() {
        String token = OidcWiremockTestResource.getAccessToken("dana", Set.of("editor"));
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        bearer(forged)
                .contentType(ContentType.JSON)
                .body(Map.of("query", VIEWER))
                .when()
                .post("/graphql")
                .then()
                .statusCode(401);
        bearer("not-a-token")
                .contentType(ContentType.JSON)
                .body(Map.of("query", VIEWER))
                .when()
                .post("/graphql")
                .then()
                .statusCode(401);
    }

    @Test
    void passwordsStillWorkBesideTokens() {
        JsonPath viewer = graphql(given().auth().preemptive().basic("alice", "alice-local"), VIEWER);
        assertThat(viewer.getString("data.viewer.name")).isEqualTo("alice");
    }

    private static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token);
    }

    private static JsonPath graphql(RequestSpecification request, String query) {
        return request.contentType(ContentType.JSON)
                .body(Map.of("query", query))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
