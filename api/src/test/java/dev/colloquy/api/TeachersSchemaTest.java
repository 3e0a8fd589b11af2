package dev.colloquy.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The teachers' part of the schema: Relay nodes and connections, and the names clients rely on. */
@QuarkusTest
class TeachersSchemaTest {

    @Test
    void publishesLessonsAndExcerptsAsNodesAndSearchAsAConnection() {
        String sdl = given().when()
                .get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(sdl)
                .contains(
                        "type Lesson implements Node",
                        "type Excerpt implements Node",
                        "type LessonConnection",
                        "type SearchHitConnection",
                        "type SearchHitEdge",
                        "type SearchHit",
                        "type Snippet",
                        "type Highlight",
                        "enum SearchHitKind",
                        "input SearchFilter",
                        "enum AnchorStatus",
                        "type TextQuoteSelector",
                        "type TextPositionSelector",
                        "type Citations",
                        "type ReadingLevel",
                        "type QuoteComparison",
                        "input AddExcerptInput",
                        "input VocabularyTermInput",
                        "type Viewer",
                        "search(",
                        "SearchHitConnection!");
    }
}
