package dev.colloquy.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * With the read cache on (as shipped), an anonymous corpus read asked again is answered without touching the
 * database, and an import or a correction is visible to the very next read; a signed-in read is never kept
 * (which operations may be kept at all: ReadCacheFieldsTest). A kept answer is sent byte for byte as the engine
 * sent it, with the same Content-Type, without a statement.
 */
@QuarkusTest
@TestProfile(ReadCacheTest.CacheOn.class)
class ReadCacheTest {

    /** The shipped setting; the other tests turn the cache off to count the statements of every read. */
    public static class CacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("colloquy.read-cache.entries", "50", "colloquy.read-cache.rows", "1000");
        }
    }

    private static final String READER = """
            query Reader($slug: String!) {
              article(slug: $slug) { headline author
                interview { exchanges(first: 5) { nodes { ordinal question { text } answer { text } } } } }
            }""";

    private static final String CORRECT = """
            mutation($in: CorrectArticleMetadataInput!) { correctArticleMetadata(input: $in) { author } }""";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void anAnonymousReadAskedAgainCostsNoStatement() {
        String slug = ImportTestSupport.importText(SyntheticInterviews.article("cache " + UUID.randomUUID(), 4));
        Map<String, Object> variables = Map.of("slug", slug);

        long first = statements(() -> GraphQL.data(READER, variables));
        long again = statements(() -> GraphQL.data(READER, variables));

        assertThat(first).as("the first read queries").isPositive();
        assertThat(again).as("the same read again").isZero();
        assertThat(GraphQL.data(READER, variables).getList("data.article.interview.exchanges.nodes"))
                .hasSize(4);
    }

    @Test
    void anImportIsReadAtOnce() {
        String count = "{ articles(first: 1) { totalCount } }";
        int before = GraphQL.data(count).getInt("data.articles.totalCount");
        assertThat(GraphQL.data(count).getInt("data.articles.totalCount")).isEqualTo(before);

        ImportTestSupport.importText(SyntheticInterviews.article("cache " + UUID.randomUUID(), 2));

        assertThat(GraphQL.data(count).getInt("data.articles.totalCount")).isEqualTo(before + 1);
    }

    @Test
    void aCorrectionIsReadAtOnce() {
        String slug = ImportTestSupport.importText(SyntheticInterviews.article("cache " + UUID.randomUUID(), 2));
        Map<String, Object> variables = Map.of("slug", slug);
        String id = GraphQL.data("query($slug: String!) { article(slug: $slug) { id } }", variables)
                .getString("data.article.id");
        GraphQL.data(READER, variables); // kept

        GraphQL.as(GraphQL.EDITOR).data(CORRECT, Map.of("in", Map.of("articleId", id, "author", "Ibrahim Hamidi")));

        assertThat(GraphQL.data(READER, variables).getString("data.article.author"))
                .isEqualTo("Ibrahim Hamidi");
    }

    @Test
    void aSearchAskedAgainCostsNoStatementAndFindsANewImportAtOnce() {
        String word = "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String search = "query($q: String!) { search(query: $q, first: 5) { totalCount"
                + " nodes { text article { headline } } } }";
        Map<String, Object> variables = Map.of("q", word);
        assertThat(GraphQL.data(search, variables).getInt("data.search.totalCount"))
                .isZero();

        ImportTestSupport.importText(SyntheticInterviews.article("cache " + word, 2)
                .replace("taught me patience", "taught me " + word + " and patience"));

        assertThat(GraphQL.data(search, variables).getInt("data.search.totalCount"))
                .as("the same search right after the import")
                .isPositive();
        assertThat(statements(() -> GraphQL.data(search, variables)))
                .as("the search again")
                .isZero();
    }

    @Test
    void aNewSearchLoadsNothingAnEarlierReadLoadedUntilTheCorpusChanges() {
        String word = "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String slug = ImportTestSupport.importText(SyntheticInterviews.article("cache " + word, 2)
                .replace("taught me patience", "taught me " + word + " and patience"));
        String search = "query($q: String!) { search(query: $q, first: 5) { totalCount"
                + " nodes { text article { author } exchange { ordinal question { text } answer { text } } } } }";

        assertThat(statements(() -> GraphQL.data(search, Map.of("q", word))))
                .as("the first search loads what its hits point at")
                .isPositive();
        assertThat(statements(() -> GraphQL.data(search, Map.of("q", "+" + word))))
                .as("another search finding the same hits")
                .isZero();

        String id = GraphQL.data("query($slug: String!) { article(slug: $slug) { id } }", Map.of("slug", slug))
                .getString("data.article.id");
        GraphQL.as(GraphQL.EDITOR).data(CORRECT, Map.of("in", Map.of("articleId", id, "author", "Nadia Rahman")));

        // The first search asked again: its kept answer and the values it loaded belong to the generation before.
        assertThat(GraphQL.data(search, Map.of("q", word)).getList("data.search.nodes.article.author"))
                .as("a search after a correction")
                .containsOnly("Nadia Rahman");
    }

    @Test
    void aSignedInReadIsNeverKept() {
        String slug = ImportTestSupport.importText(SyntheticInterviews.article("cache " + UUID.randomUUID(), 3));
        Map<String, Object> variables = Map.of("slug", slug);
        GraphQL.as(GraphQL.EDITOR).data(READER, variables);
        assertThat(statements(() -> GraphQL.as(GraphQL.EDITOR).data(READER, variables)))
                .as("a signed-in read again")
                .isPositive();
    }

    @Test
    void aKeptAnswerIsSentAsTheEngineSentIt() {
        String slug = ImportTestSupport.importText(SyntheticInterviews.article("cache " + UUID.randomUUID(), 3));
        for (String accept : new String[] {"*/*", "application/json", ACCEPT_OF_GRAPHQL_CLIENTS}) {
            Map<String, Object> body = Map.of("query", READER, "variables", Map.of("slug", slug));
            Response first = post(body, accept);
            long statementsBefore = sessionFactory.getStatistics().getPrepareStatementCount();
            Response again = post(body, accept);

            assertThat(sessionFactory.getStatistics().getPrepareStatementCount())
                    .as("statements of the read again, Accept: " + accept)
                    .isEqualTo(statementsBefore);
            assertThat(again.asString()).as("the answer again").isEqualTo(first.asString());
            assertThat(again.contentType()).as("its type again").isEqualTo(first.contentType());
            assertThat(first.jsonPath().getInt("extensions.cost.requested")).isPositive();
        }
    }

    @Test
    void variablesInAnotherOrderFindTheKeptAnswer() {
        String slug = ImportTestSupport.importText(SyntheticInterviews.article("cache " + UUID.randomUUID(), 2));
        String query = "query($slug: String!, $n: Int!) { article(slug: $slug) {"
                + " interview { exchanges(first: $n) { nodes { ordinal } } } } }";
        String asSent = "{\"query\": \"" + query.replace("\"", "\\\"") + "\", \"variables\": {\"slug\": \"" + slug
                + "\", \"n\": 2}}";
        String reordered = "{\"variables\": {\"n\": 2, \"slug\": \"" + slug + "\"}, \"query\": \""
                + query.replace("\"", "\\\"") + "\"}";
        String first = post(asSent, "*/*").asString();
        long statementsBefore = sessionFactory.getStatistics().getPrepareStatementCount();

        assertThat(post(reordered, "*/*").asString()).isEqualTo(first);
        assertThat(sessionFactory.getStatistics().getPrepareStatementCount()).isEqualTo(statementsBefore);
    }

    /** What Apollo Client and graphql-request send. */
    private static final String ACCEPT_OF_GRAPHQL_CLIENTS = "application/graphql-response+json, application/json;q=0.9";

    private static Response post(Object body, String accept) {
        return given().contentType(ContentType.JSON)
                .accept(accept)
                .body(body)
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .response();
    }

    private long statements(Supplier<JsonPath> read) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        JsonPath body = read.get();
        assertThat(body.getList("errors")).as("errors").isNull();
        return statistics.getPrepareStatementCount();
    }
}
