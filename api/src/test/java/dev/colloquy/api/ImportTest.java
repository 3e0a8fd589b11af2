package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** New articles enter the running service by mutation and by REST, once, and bad ones leave no trace. */
@QuarkusTest
class ImportTest {

    private static String tag() {
        return "lot " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theMutationImportsAnArticleAndItsExchanges() {
        String text = SyntheticInterviews.article(tag(), 4);
        JsonPath result = GraphQL.as(GraphQL.EDITOR)
                .data(ImportTestSupport.IMPORT, Map.of("text", text, "sourceUrl", "https://example.org/varga"));

        assertThat(result.getBoolean("data.importArticle.created")).isTrue();
        assertThat(result.getInt("data.importArticle.revision")).isEqualTo(1);
        assertThat(result.getInt("data.importArticle.exchangeCount")).isEqualTo(4);
        String slug = result.getString("data.importArticle.article.slug");

        JsonPath article = GraphQL.data("""
                query($slug: String!) { article(slug: $slug) { sourceUrl
                  interview { exchanges { totalCount nodes { ordinal question { text } } } } } }""", Map.of("slug", slug));
        assertThat(article.getString("data.article.sourceUrl")).isEqualTo("https://example.org/varga");
        assertThat(article.getInt("data.article.interview.exchanges.totalCount"))
                .isEqualTo(4);
        assertThat(article.getList("data.article.interview.exchanges.nodes.ordinal"))
                .containsExactly(1, 2, 3, 4);
    }

    @Test
    void restImportAnswersWithTheArticleAndIsIdempotent() {
        String text = SyntheticInterviews.article(tag(), 3);

        String id = GraphQL.request(GraphQL.EDITOR)
                .contentType("text/plain")
                .body(text)
                .queryParam("sourceUrl", "https://example.org/rest")
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .body("exchanges", is(3))
                .body("created", is(true))
                .body("revision", is(1))
                .body("slug", notNullValue())
                .body("warnings", notNullValue())
                .extract()
                .path("id");
        int count = ImportTestSupport.articleCount();

        GraphQL.request(GraphQL.EDITOR)
                .contentType("text/plain")
                .body(text)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("created", is(false));
        assertThat(ImportTestSupport.articleCount()).isEqualTo(count);
    }

    @Test
    void theSameTextImportedTwiceByMutationIsOneArticle() {
        String text = SyntheticInterviews.article(tag(), 2);
        JsonPath first = GraphQL.as(GraphQL.EDITOR).data(ImportTestSupport.IMPORT, Map.of("text", text));
        int count = ImportTestSupport.articleCount();
        JsonPath second = GraphQL.as(GraphQL.EDITOR).data(ImportTestSupport.IMPORT, Map.of("text", text));

        assertThat(second.getBoolean("data.importArticle.created")).isFalse();
        assertThat(second.getString("data.importArticle.article.id"))
                .isEqualTo(first.getString("data.importArticle.article.id"));
        assertThat(ImportTestSupport.articleCount()).isEqualTo(count);
    }

    @Test
    void aDocumentWithoutAnInterviewIsRejectedByTheMutationAndNothingIsWritten() {
        int before = ImportTestSupport.articleCount();
        JsonPath body = GraphQL.as(GraphQL.EDITOR)
                .post(
                        ImportTestSupport.IMPORT,
                        Map.of(
                                "text",
                                "A note on nothing\n\nThis text has a headline and one paragraph, but no questions.\n"))
                .extract()
                .jsonPath();

        assertThat(GraphQL.firstErrorCode(body)).isEqualTo("IMPORT_FAILED");
        assertThat(body.getString("errors[0].message")).isNotBlank();
        assertThat(ImportTestSupport.articleCount()).isEqualTo(before);
    }

    @Test
    void emptyTextIsBadUserInput() {
        int before = ImportTestSupport.articleCount();
        JsonPath body = GraphQL.as(GraphQL.EDITOR)
                .post(ImportTestSupport.IMPORT, Map.of("text", "  "))
                .extract()
                .jsonPath();

        assertThat(GraphQL.firstErrorCode(body)).isEqualTo("BAD_USER_INPUT");
        assertThat(ImportTestSupport.articleCount()).isEqualTo(before);
    }

    @Test
    void restRejectsADocumentWithoutAnInterviewWith422AndWritesNothing() {
        int before = ImportTestSupport.articleCount();
        GraphQL.request(GraphQL.EDITOR)
                .contentType("text/plain")
                .body("Just a headline\n\nAnd a paragraph without any question in it.\n")
                .when()
                .post("/api/articles")
                .then()
                .statusCode(422)
                .body("error", equalTo("IMPORT_FAILED"))
                .body("message", notNullValue());
        GraphQL.request(GraphQL.EDITOR)
                .contentType("text/plain")
                .body("")
                .when()
                .post("/api/articles")
                .then()
                .statusCode(422)
                .body("error", equalTo("IMPORT_FAILED"));
        assertThat(ImportTestSupport.articleCount()).isEqualTo(before);
    }
}
