package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * CORS follows colloquy.http.allowed-origins: the test profile lists https://reader.example.org (and nothing
 * else), so a frontend there may call the service from its pages, and every other site's browser is told nothing.
 * CorsOffByDefaultTest checks the default, with no origin listed.
 */
@QuarkusTest
class CorsTest {

    static final String LISTED = "https://reader.example.org";
    static final String UNLISTED = "https://attacker.example.com";

    @Test
    void aPreflightFromAListedOriginIsGrantedForJsonPosts() {
        Response answer = preflight(LISTED);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(LISTED);
        assertThat(answer.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(answer.header("Access-Control-Allow-Headers")).containsIgnoringCase("content-type");
    }

    @Test
    void aPreflightFromAnUnlistedOriginIsNotGranted() {
        Response answer = preflight(UNLISTED);

        assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
        assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void aJsonPostFromAListedOriginIsServedAndReadableThere() {
        String title = "cors " + UUID.randomUUID();
        Response answer = GraphQL.request(GraphQL.ALICE)
                .header("Origin", LISTED)
                .contentType(ContentType.JSON)
                .body("{\"query\": \"mutation { createLesson(title: \\\"" + title + "\\\") { title } }\"}")
                .when()
                .post("/graphql");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(LISTED);
        assertThat(answer.jsonPath().getString("data.createLesson.title")).isEqualTo(title);
    }

    @Test
    void requestsWithoutOriginAndFromTheServicesOwnPagesAreUnaffected() {
        String own = RestAssured.baseURI + ":" + RestAssured.port;
        assertThat(GraphQL.request(null)
                        .contentType(ContentType.JSON)
                        .body("{\"query\": \"{ __typename }\"}")
                        .when()
                        .post("/graphql")
                        .statusCode())
                .isEqualTo(200);
        assertThat(GraphQL.request(null)
                        .header("Origin", own)
                        .contentType(ContentType.JSON)
                        .body("{\"query\": \"{ __typename }\"}")
                        .when()
                        .post("/graphql")
                        .statusCode())
                .isEqualTo(200);
    }

    static Response preflight(String origin) {
        return RestAssured.given()
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when()
                .options("/graphql");
    }
}
