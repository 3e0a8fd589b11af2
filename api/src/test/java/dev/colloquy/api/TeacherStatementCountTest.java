package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Search hits and lessons resolve their nested fields in batches: a longer page costs no more statements. */
@QuarkusTest
class TeacherStatementCountTest {

    private static final String SEARCH = """
            query($first: Int!) { search(query: "defence", first: $first, filter: {kinds: [EXCHANGE, LEAD_PARAGRAPH]}) { edges { node {
              kind snippet { text } exchange { ordinal question { text } } quote { text } article { slug headline } } } } }""";

    private static final String LESSONS = """
            query($first: Int!) { lessons(first: $first, mine: true) { nodes {
              title excerpts { status text citations { apa } readingLevel { fleschKincaidGrade } article { slug }
                exchange { ordinal answer { text } } }
              vocabulary { word } markdown html } } }""";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aPageOfSearchHitsCostsTheSameAtAnySize() {
        assertThat(statements(GraphQL.as(null), SEARCH, 5, "data.search.edges"))
                .isEqualTo(statements(GraphQL.as(null), SEARCH, 2, "data.search.edges"));
    }

    @Test
    void aPageOfLessonsWithExcerptsAndHandoutsCostsTheSameAtAnySize() {
        List<Map<String, Object>> exchanges = Lessons.exchanges(SampleArticleTest.SAMPLE_SLUG);
        for (int i = 0; i < 3; i++) {
            String lesson = Lessons.create(GraphQL.EDITOR, "Batch " + i);
            Lessons.addExchange(
                    GraphQL.EDITOR, lesson, (String) exchanges.get(i).get("id"), null, null);
            Lessons.addExchange(
                    GraphQL.EDITOR, lesson, (String) exchanges.get(i + 3).get("id"), null, null);
        }
        GraphQL.Client edith = GraphQL.as(GraphQL.EDITOR);
        assertThat(statements(edith, LESSONS, 3, "data.lessons.nodes"))
                .isEqualTo(statements(edith, LESSONS, 1, "data.lessons.nodes"));
    }

    private long statements(GraphQL.Client client, String query, int first, String listPath) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        JsonPath body = client.data(query, Map.of("first", first));
        assertThat(body.getList(listPath)).hasSize(first);
        long count = statistics.getPrepareStatementCount();
        System.out.printf("%s, first: %d: %d prepared statements%n", listPath, first, count);
        return count;
    }
}
