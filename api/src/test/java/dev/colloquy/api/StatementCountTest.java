package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nested fields are batched: a page of 50 exchanges with their turns, entities, quotes and neighbours
 * costs exactly as many SQL statements as a page of 5.
 */
@QuarkusTest
class StatementCountTest {

    private static final String PAGE = """
            query($first: Int!) {
              exchanges(first: $first) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { cursor node {
                  id ordinal confidence
                  interview { id interviewer { name } interviewee { name role } article { slug headline } }
                  question { text speaker { name } paragraphs { text start end } }
                  answer { text speaker { name } paragraphs { text start end } }
                  entities { id name type mentionCount }
                  quotes { id kind text sourceExchange { ordinal } }
                  previous { id ordinal }
                  next { id ordinal }
                } }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void enoughExchangesAndArticlesForTheLargestPages() {
        // Run alone, the test database holds only the sample: one article of 14 exchanges.
        JsonPath counts = GraphQL.data("{ exchanges(first: 0) { totalCount } articles(first: 0) { totalCount } }");
        int exchanges = counts.getInt("data.exchanges.totalCount");
        int articles = counts.getInt("data.articles.totalCount");
        while (exchanges < 60 || articles < 6) {
            ImportTestSupport.importText(SyntheticInterviews.article("batch " + UUID.randomUUID(), 12));
            exchanges += 12;
            articles++;
        }
    }

    @Test
    void aPageOfFiftyCostsAsManyStatementsAsAPageOfFive() {
        long five = statementsFor(5);
        long fifty = statementsFor(50);

        assertThat(fifty).as("statements for 50 exchanges vs. 5").isEqualTo(five);
        assertThat(five).as("a handful of statements, one per batched field").isLessThanOrEqualTo(15);
    }

    @Test
    void aPageOfArticlesWithTheirNestedFieldsCostsTheSameAtAnySize() {
        // Nested connections (interview.exchanges, quotes, entities) take arguments and are resolved per
        // parent, see ArticleGraph; every other nested field is batched.
        String articles = """
                query($first: Int!) {
                  articles(first: $first) {
                    nodes { slug leadParagraphs { text start end } images { caption credit }
                      interview { id interviewer { name } interviewee { name role entity { name mentionCount } }
                        article { slug } } }
                  }
                }""";
        long two = statementsFor(articles, 2, "data.articles.nodes");
        long six = statementsFor(articles, 6, "data.articles.nodes");

        assertThat(six).as("statements for 6 articles vs. 2").isEqualTo(two);
    }

    private long statementsFor(int first) {
        return statementsFor(PAGE, first, "data.exchanges.edges");
    }

    private long statementsFor(String query, int first, String listPath) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        JsonPath body = GraphQL.data(query, Map.of("first", first));
        List<Object> items = body.getList(listPath);
        assertThat(items).hasSize(first);
        long count = statistics.getPrepareStatementCount();
        System.out.printf("%s, first: %d: %d prepared statements%n", listPath, first, count);
        return count;
    }
}
