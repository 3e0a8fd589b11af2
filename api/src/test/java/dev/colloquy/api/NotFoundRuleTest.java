package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One rule for what does not exist: a lookup by a well-formed ID that names nothing answers null, a malformed
 * ID is BAD_USER_INPUT, a change to something missing is NOT_FOUND, and REST says the same with 404 and 400.
 */
@QuarkusTest
class NotFoundRuleTest {

    private static String id(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyLookupOfAMissingIdAnswersNull() {
        Map<String, String> lookups = Map.of(
                "query($id: ID!) { exchange(id: $id) { id } }", "Exchange:987654",
                "query($id: ID!) { entity(id: $id) { id } }", "Entity:987654",
                "query($id: ID!) { lesson(id: $id) { id } }", "Lesson:987654",
                "query($id: ID!) { compareQuote(quoteId: $id) { quoted } }", "Quote:987654",
                "query($id: ID!) { node(id: $id) { id } }", "Article:987654");
        lookups.forEach((query, plain) -> {
            Map<String, Object> data = GraphQL.as(GraphQL.ALICE)
                    .data(query, Map.of("id", id(plain)))
                    .getMap("data");
            assertThat(data).as(query).hasSize(1).containsValue(null);
        });
        assertThat(GraphQL.data("{ article(slug: \"no-such-article\") { id } }").getString("data.article"))
                .isNull();
    }

    @Test
    void aMalformedIdOrOneOfAnotherTypeIsBadUserInput() {
        for (String bad : new String[] {"%%%", id("Exchange:12"), id("Nothing:1"), id("Lesson:not-a-number")}) {
            String code = GraphQL.as(GraphQL.ALICE)
                    .errorCode("query($id: ID!) { lesson(id: $id) { id } }", Map.of("id", bad));
            assertThat(code).as(bad).isEqualTo("BAD_USER_INPUT");
        }
        assertThat(GraphQL.post("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id("Nothing:1")))
                        .extract()
                        .jsonPath()
                        .getString("errors[0].extensions.code"))
                .isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void aChangeToSomethingMissingIsNotFound() {
        String missingLesson = id("Lesson:987654");
        assertThat(GraphQL.as(GraphQL.ALICE).errorCode(Lessons.RENAME, Map.of("id", missingLesson, "t", "New")))
                .isEqualTo("NOT_FOUND");
        assertThat(GraphQL.as(GraphQL.ALICE).errorCode(Lessons.REMOVE, Map.of("id", id("Excerpt:987654"))))
                .isEqualTo("NOT_FOUND");
        String lesson = Lessons.create(GraphQL.ALICE, "Missing exchange");
        assertThat(GraphQL.as(GraphQL.ALICE)
                        .errorCode(
                                Lessons.ADD,
                                Map.of("in", Map.of("lessonId", lesson, "exchangeId", id("Exchange:987654")))))
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void restSaysTheSameWith404And400() {
        Response missing = GraphQL.request(null).when().get("/api/lessons/" + id("Lesson:987654") + "/handout.md");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.jsonPath().getString("error")).isEqualTo("NOT_FOUND");
        Response malformed = GraphQL.request(null).when().get("/api/lessons/%25%25%25/handout.html");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.jsonPath().getString("error")).isEqualTo("BAD_USER_INPUT");
    }
}
