package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Cross-site request forgery: a page elsewhere cannot make a signed-in browser write. Each refusal is tried
 * with a real write (creating a lesson, importing an article) that must not have happened afterwards.
 */
@QuarkusTest
class CrossSiteTest {

    /** The allowed origin of the test profile (%test.colloquy.http.allowed-origins). */
    private static final String ALLOWED = "https://reader.example.org";

    private static final String FOREIGN = "https://attacker.example.com";

    @Test
    void aMutationPostedAsTextPlainIsRefusedAndNotRun() {
        JsonPath body = assertUnsupported(
                "plain", lesson -> alice().contentType("text/plain").body(lesson));
        assertThat(body.getString("errors[0].message"))
                .contains("application/json")
                .contains("text/plain");
    }

    @Test
    void aMutationPostedAsAFormIsRefused() {
        assertUnsupported(
                "form", lesson -> alice().contentType(ContentType.URLENC).formParam("query", lesson));
    }

    @Test
    void aMutationPostedAsMultipartIsRefused() {
        assertUnsupported("multipart", lesson -> alice().multiPart("operations", lesson));
    }

    @Test
    void aJsonMutationFromAnotherSiteIsRefused() {
        String title = "foreign " + UUID.randomUUID();
        JsonPath body = alice().header("Origin", FOREIGN)
                .contentType(ContentType.JSON)
                .body(createLesson(title))
                .when()
                .post("/graphql")
                .then()
                .statusCode(403)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath();

        assertThat(GraphQL.firstErrorCode(body)).isEqualTo("FOREIGN_ORIGIN");
        assertThat(body.getString("errors[0].message")).contains(FOREIGN);
        assertThat(lessonTitles()).doesNotContain(title);
    }

    @Test
    void aRefererFromAnotherSiteCountsWhenThereIsNoOrigin() {
        String title = "referer " + UUID.randomUUID();
        alice().header("Referer", FOREIGN + "/page.html")
                .contentType(ContentType.JSON)
                .body(createLesson(title))
                .when()
                .post("/graphql")
                .then()
                .statusCode(403);
        alice().header("Origin", "null")
                .contentType(ContentType.JSON)
                .body(createLesson(title))
                .when()
                .post("/graphql")
                .then()
                .statusCode(403);
        assertThat(lessonTitles()).doesNotContain(title);
    }

    @Test
    void jsonFromTheServicesOwnPagesToolsAndAllowedOriginsIsServed() {
        String own = RestAssured.baseURI + ":" + RestAssured.port; // the address the requests are sent to
        String[][] senders = {{"Origin", own}, {"Referer", own + "/q/graphql-ui/"}, {"Origin", ALLOWED}, {"X-None", "-"}
        };
        for (String[] sender : senders) {
            String title = "welcome " + UUID.randomUUID();
            alice().header(sender[0], sender[1])
                    .contentType("application/json; charset=UTF-8")
                    .body(createLesson(title))
                    .when()
                    .post("/graphql")
                    .then()
                    .statusCode(200);
            assertThat(lessonTitles())
                    .as("sent with %s: %s", sender[0], sender[1])
                    .contains(title);
        }
        // SmallRye reads the application/graphql… types as a bare query rather than a JSON request.
        for (String type :
                List.of("application/graphql+json", "application/graphql-response+json", "application/graphql")) {
            String title = type + " " + UUID.randomUUID();
            byte[] mutation =
                    ("mutation { createLesson(title: \"" + title + "\") { id } }").getBytes(StandardCharsets.UTF_8);
            alice().contentType(type)
                    .body(mutation)
                    .when()
                    .post("/graphql")
                    .then()
                    .statusCode(200);
            assertThat(lessonTitles()).contains(title);
        }
    }

    /**
     * GraphiQL's fetcher sets content-type and the UI's page sets Content-Type; the browser joins them into one
     * header. GraphiQLBrowserTest found the UI's schema refused with 415 before this was accepted.
     */
    @Test
    void aContentTypeJoinedFromTwoJsonHeadersIsServed() {
        String title = "joined " + UUID.randomUUID();
        alice().header("Content-Type", "application/json, application/json; charset=utf-8")
                .body(createLesson(title).getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200);
        assertThat(lessonTitles()).contains(title);
    }

    @Test
    void aJoinedContentTypeNamingTextPlainIsRefused() {
        assertUnsupported(
                "joined plain",
                lesson -> alice().header("Content-Type", "application/json, text/plain")
                        .body(lesson.getBytes(StandardCharsets.UTF_8)));
        assertUnsupported(
                "joined plain first",
                lesson -> alice().header("Content-Type", "text/plain, application/json")
                        .body(lesson.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void getNeverRunsAMutation() {
        String title = "get " + UUID.randomUUID();
        JsonPath body = alice().queryParam("query", "mutation { createLesson(title: \"" + title + "\") { id } }")
                .when()
                .get("/graphql")
                .then()
                .statusCode(405)
                .extract()
                .jsonPath();

        assertThat(GraphQL.firstErrorCode(body))
                .as("refused by the guard, whatever SmallRye's GET setting")
                .isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(lessonTitles()).doesNotContain(title);
    }

    @Test
    void theRestImportRefusesOtherSitesButServesTools() {
        String text = SyntheticInterviews.article("cross-site " + UUID.randomUUID(), 3);
        int before = ImportTestSupport.articleCount();

        JsonPath refused = GraphQL.request(GraphQL.EDITOR)
                .header("Origin", FOREIGN)
                .contentType(ContentType.TEXT)
                .body(text)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(403)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath();
        assertThat(refused.getString("error")).isEqualTo("FOREIGN_ORIGIN");
        assertThat(ImportTestSupport.articleCount()).isEqualTo(before);

        GraphQL.request(GraphQL.EDITOR)
                .contentType(ContentType.TEXT)
                .body(text)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201);
        assertThat(ImportTestSupport.articleCount()).isEqualTo(before + 1);
    }

    /** Posts a lesson-creating request built by the sender; it must get 415 and create nothing. */
    private static JsonPath assertUnsupported(String kind, Function<String, RequestSpecification> sender) {
        String title = kind + " " + UUID.randomUUID();
        JsonPath body = sender.apply(createLesson(title))
                .when()
                .post("/graphql")
                .then()
                .statusCode(415)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath();
        assertThat(GraphQL.firstErrorCode(body)).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(lessonTitles()).doesNotContain(title);
        return body;
    }

    private static RequestSpecification alice() {
        return GraphQL.request(GraphQL.ALICE);
    }

    private static String createLesson(String title) {
        return new JsonObject(Map.of("query", Lessons.CREATE, "variables", Map.of("t", title))).encode();
    }

    private static List<String> lessonTitles() {
        return GraphQL.as(GraphQL.ALICE)
                .data("{ lessons(first: 100, mine: true) { nodes { title } } }")
                .getList("data.lessons.nodes.title");
    }
}
