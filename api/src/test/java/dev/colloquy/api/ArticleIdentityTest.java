package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.colloquy.api.article.Article;
import dev.colloquy.api.graphql.GlobalId;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An article's identity is not its headline: texts that share one are different articles, each kept under
 * its own slug, and a text replaces an article only when it names it or comes from the same address.
 */
@QuarkusTest
class ArticleIdentityTest {

    private static final int SHARED_HEADLINE = 12;

    private static String tag() {
        return "lot " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonPath importText(Map<String, Object> variables) {
        return GraphQL.as(GraphQL.EDITOR).data(ImportTestSupport.IMPORT_REVISION, variables);
    }

    private static JsonPath articleBySlug(String slug) {
        return GraphQL.data(
                "query($slug: String!) { article(slug: $slug) { id headline revision"
                        + " interview { exchanges { totalCount } } } }",
                Map.of("slug", slug));
    }

    @Test
    void documentsSharingAHeadlineAreAllKeptAsArticlesOfTheirOwn() {
        String tag = tag();
        int before = ImportTestSupport.articleCount();
        List<String> slugs = new ArrayList<>();
        for (int i = 1; i <= SHARED_HEADLINE; i++) {
            JsonPath imported = importText(Map.of("text", SyntheticInterviews.article(tag, 2, "hall " + i)));
            assertThat(imported.getBoolean("data.importArticle.created")).isTrue();
            assertThat(imported.getInt("data.importArticle.revision")).isEqualTo(1);
            slugs.add(imported.getString("data.importArticle.article.slug"));
        }

        assertThat(ImportTestSupport.articleCount()).isEqualTo(before + SHARED_HEADLINE);
        String base = slugs.get(0);
        assertThat(slugs).containsExactlyElementsOf(numbered(base, SHARED_HEADLINE));
        for (String slug : slugs) {
            assertThat(articleBySlug(slug).getInt("data.article.revision")).isEqualTo(1);
            assertThat(exchangesFoundBySearch(slug))
                    .as("the index holds each article's own exchanges")
                    .isEqualTo(2);
        }
    }

    /** How many exchanges of the article the search finds by a word of every synthetic answer. */
    static int exchangesFoundBySearch(String slug) {
        return GraphQL.data(
                        "query($slug: String!) { search(query: \"patience\", filter: {articleSlug: $slug, kinds: [EXCHANGE]})"
                                + " { totalCount } }",
                        Map.of("slug", slug))
                .getInt("data.search.totalCount");
    }

    private static List<String> numbered(String base, int count) {
        List<String> slugs = new ArrayList<>(List.of(base));
        for (int n = 2; n <= count; n++) {
            slugs.add(base + "-" + n);
        }
        return slugs;
    }

    @Test
    void aChangedTextFromTheSameAddressIsANewRevisionOfThatArticle() {
        String tag = tag();
        String url = "https://example.org/interviews/" + UUID.randomUUID();
        JsonPath first = importText(Map.of("text", SyntheticInterviews.article(tag, 2), "sourceUrl", url));
        JsonPath sameHeadlineElsewhere = importText(Map.of("text", SyntheticInterviews.article(tag, 4)));
        int count = ImportTestSupport.articleCount();

        JsonPath second = importText(Map.of("text", SyntheticInterviews.article(tag, 3), "sourceUrl", url));

        assertThat(second.getBoolean("data.importArticle.created")).isTrue();
        assertThat(second.getString("data.importArticle.article.id"))
                .isEqualTo(first.getString("data.importArticle.article.id"));
        assertThat(second.getInt("data.importArticle.revision")).isEqualTo(2);
        assertThat(ImportTestSupport.articleCount()).isEqualTo(count);
        String slug = second.getString("data.importArticle.article.slug");
        assertThat(articleBySlug(slug).getInt("data.article.interview.exchanges.totalCount"))
                .isEqualTo(3);
        String other = sameHeadlineElsewhere.getString("data.importArticle.article.slug");
        assertThat(articleBySlug(other).getInt("data.article.interview.exchanges.totalCount"))
                .as("the other article with that headline is untouched")
                .isEqualTo(4);
    }

    @Test
    void aTextNamingTheArticleItRevisesReplacesItAndKeepsItsSlug() {
        JsonPath first = importText(Map.of("text", SyntheticInterviews.article(tag(), 2)));
        String id = first.getString("data.importArticle.article.id");
        String slug = first.getString("data.importArticle.article.slug");

        String newHeadline = tag();
        JsonPath byMutation = importText(Map.of("text", SyntheticInterviews.article(newHeadline, 3), "revises", id));
        int revision = GraphQL.request(GraphQL.EDITOR)
                .contentType("text/plain")
                .body(SyntheticInterviews.article(newHeadline, 5))
                .queryParam("revises", id)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .body("id", equalTo(id))
                .body("slug", equalTo(slug))
                .extract()
                .path("revision");

        assertThat(byMutation.getString("data.importArticle.article.id")).isEqualTo(id);
        assertThat(byMutation.getInt("data.importArticle.revision")).isEqualTo(2);
        assertThat(revision).isEqualTo(3);
        JsonPath article = articleBySlug(slug);
        assertThat(article.getString("data.article.headline")).contains(newHeadline);
        assertThat(article.getInt("data.article.interview.exchanges.totalCount"))
                .isEqualTo(5);
    }

    @Test
    void aNameGivenWithAPostedTextIsALabelNotAnIdentity() {
        String tag = tag();
        Map<String, Object> variables =
                new HashMap<>(Map.of("text", SyntheticInterviews.article(tag, 2), "name", "briefing.txt"));
        JsonPath first = importText(variables);
        variables.put("text", SyntheticInterviews.article(tag, 3));
        JsonPath second = importText(variables);

        assertThat(second.getString("data.importArticle.article.id"))
                .isNotEqualTo(first.getString("data.importArticle.article.id"));
        assertThat(second.getInt("data.importArticle.revision")).isEqualTo(1);
    }

    @Test
    void revisingAnArticleThatDoesNotExistFailsWithACodeAndWritesNothing() {
        String missing = GlobalId.of(Article.TYPE, 999_999_999L);
        int before = ImportTestSupport.articleCount();

        JsonPath body = GraphQL.as(GraphQL.EDITOR)
                .post(
                        ImportTestSupport.IMPORT_REVISION,
                        Map.of("text", SyntheticInterviews.article(tag(), 2), "revises", missing))
                .extract()
                .jsonPath();
        GraphQL.request(GraphQL.EDITOR)
                .contentType("text/plain")
                .body(SyntheticInterviews.article(tag(), 2))
                .queryParam("revises", missing)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(404)
                .body("error", equalTo("NOT_FOUND"));
        GraphQL.request(GraphQL.EDITOR)
                .contentType("text/plain")
                .body(SyntheticInterviews.article(tag(), 2))
                .queryParam("revises", "not-an-id")
                .when()
                .post("/api/articles")
                .then()
                .statusCode(400)
                .body("error", equalTo("BAD_USER_INPUT"));

        assertThat(GraphQL.firstErrorCode(body)).isEqualTo("NOT_FOUND");
        assertThat(ImportTestSupport.articleCount()).isEqualTo(before);
    }
}
