package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
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
 * (which operations may be kept at all: ReadCacheFieldsTest).
 */
@QuarkusTest
@TestProfile(ReadCacheTest.CacheOn.class)
class ReadCacheTest {

    /** The shipped setting; the other tests turn the cache off to count the statements of every read. */
    public static class CacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("colloquy.read-cache.entries", "50");
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
    void aSignedInReadIsNeverKept() {
        String slug = ImportTestSupport.importText(SyntheticInterviews.article("cache " + UUID.randomUUID(), 3));
        Map<String, Object> variables = Map.of("slug", slug);
        GraphQL.as(GraphQL.EDITOR).data(READER, variables);
        assertThat(statements(() -> GraphQL.as(GraphQL.EDITOR).data(READER, variables)))
                .as("a signed-in read again")
                .isPositive();
    }

    private long statements(Supplier<JsonPath> read) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        JsonPath body = read.get();
        assertThat(body.getList("errors")).as("errors").isNull();
        return statistics.getPrepareStatementCount();
    }
}
