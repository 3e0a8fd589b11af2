package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sample shipped in the jar is imported on start and read back through the schema: 14 exchanges in
 * transcript order, questions as the gold file has them, and cursors that page through all of them.
 */
@QuarkusTest
class SampleArticleTest {

    static final String SAMPLE_SLUG = "mark-rutte-its-important-ukraine-negotiates-from-a-position-of-strength";

    /** The hand-made ground truth of the sample, read where the importer's tests keep it. */
    private static JsonPath gold() {
        return JsonPath.from(new File("../importer/src/test/resources/gold/al-majalla-rutte-interview.gold.json"));
    }

    @Test
    void theSampleIsServedWithItsFourteenExchangesInOrder() {
        JsonPath gold = gold();
        JsonPath body = GraphQL.data("""
                query($slug: String!) {
                  article(slug: $slug) {
                    headline publication
                    leadParagraphs { text start end }
                    interview {
                      interviewee { name role }
                      exchanges(first: 20) {
                        totalCount
                        nodes { ordinal confidence question { text speaker { name } paragraphs { text start end } }
                                answer { text paragraphs { text start end } } }
                      }
                    }
                  }
                }""", Map.of("slug", SAMPLE_SLUG));

        assertThat(body.getString("data.article.headline")).isEqualTo(gold.getString("headline"));
        assertThat(body.getInt("data.article.interview.exchanges.totalCount")).isEqualTo(14);
        List<Integer> ordinals = body.getList("data.article.interview.exchanges.nodes.ordinal");
        assertThat(ordinals).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(body.getString("data.article.interview.interviewee.name"))
                .isEqualTo(gold.getString("interviewee.name"));

        List<String> questions = body.getList("data.article.interview.exchanges.nodes.question.text");
        for (int ordinal : List.of(1, 2, 7, 14)) {
            assertThat(questions.get(ordinal - 1))
                    .as("question %d", ordinal)
                    .isEqualTo(gold.getString("exchanges[" + (ordinal - 1) + "].question"));
        }
        List<String> firstAnswer = body.getList("data.article.interview.exchanges.nodes[0].answer.paragraphs.text");
        assertThat(firstAnswer).isEqualTo(gold.getList("exchanges[0].answerParagraphs"));
    }

    @Test
    void paragraphOffsetsPointIntoTheSourceText() throws Exception {
        String source = java.nio.file.Files.readString(
                        java.nio.file.Path.of("../corpus/al-majalla-rutte-interview.txt"))
                .replace("\r\n", "\n");
        JsonPath body = GraphQL.data("""
                query($slug: String!) { exchanges(first: 3, filter: {articleSlug: $slug}) {
                  nodes { answer { paragraphs { text start end } } } } }""", Map.of("slug", SAMPLE_SLUG));
        List<Map<String, Object>> paragraphs = body.getList("data.exchanges.nodes.answer.paragraphs.flatten()");
        assertThat(paragraphs).isNotEmpty();
        for (Map<String, Object> paragraph : paragraphs) {
            int start = (Integer) paragraph.get("start");
            int end = (Integer) paragraph.get("end");
            assertThat(source.substring(start, end)).isEqualTo(paragraph.get("text"));
        }
    }

    @Test
    void cursorsPageThroughAllFourteenExchangesExactlyOnce() {
        String query = """
                query($slug: String!, $after: String) {
                  exchanges(first: 5, after: $after, filter: {articleSlug: $slug}) {
                    totalCount
                    edges { cursor node { id ordinal } }
                    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                  }
                }""";
        List<Integer> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("slug", SAMPLE_SLUG);
            variables.put("after", after);
            JsonPath page = GraphQL.data(query, variables);
            assertThat(page.getInt("data.exchanges.totalCount")).isEqualTo(14);
            assertThat(page.getBoolean("data.exchanges.pageInfo.hasPreviousPage"))
                    .isEqualTo(after != null);
            List<Integer> ordinals = page.getList("data.exchanges.edges.node.ordinal");
            List<String> cursors = page.getList("data.exchanges.edges.cursor");
            assertThat(page.getString("data.exchanges.pageInfo.startCursor")).isEqualTo(cursors.get(0));
            assertThat(page.getString("data.exchanges.pageInfo.endCursor")).isEqualTo(cursors.get(cursors.size() - 1));
            seen.addAll(ordinals);
            pageSizes.add(ordinals.size());
            after = page.getString("data.exchanges.pageInfo.endCursor");
            hasNext = page.getBoolean("data.exchanges.pageInfo.hasNextPage");
        }
        assertThat(pageSizes).containsExactly(5, 5, 4);
        assertThat(seen).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    }

    @Test
    void previousAndNextWalkTheTranscript() {
        JsonPath body = GraphQL.data("""
                query($slug: String!) { exchanges(first: 14, filter: {articleSlug: $slug}) {
                  nodes { ordinal previous { ordinal } next { ordinal } interview { interviewee { name } } } } }""", Map.of("slug", SAMPLE_SLUG));
        List<Map<String, Object>> nodes = body.getList("data.exchanges.nodes");
        assertThat(nodes.get(0).get("previous")).isNull();
        assertThat(body.getInt("data.exchanges.nodes[0].next.ordinal")).isEqualTo(2);
        assertThat(body.getInt("data.exchanges.nodes[6].previous.ordinal")).isEqualTo(6);
        assertThat(body.getInt("data.exchanges.nodes[6].next.ordinal")).isEqualTo(8);
        assertThat(nodes.get(13).get("next")).isNull();
    }

    @Test
    void articlesListTheSampleWithItsInterview() {
        JsonPath body = GraphQL.data("""
                { articles(first: 100) { totalCount nodes { slug interview { exchanges(first: 1) { totalCount } } } } }""");
        List<String> slugs = body.getList("data.articles.nodes.slug");
        int index = slugs.indexOf(SAMPLE_SLUG);
        assertThat(index).isGreaterThanOrEqualTo(0);
        assertThat(body.getInt("data.articles.nodes[" + index + "].interview.exchanges.totalCount"))
                .isEqualTo(14);
    }

    @Test
    void aliasesOfOneConnectionWithDifferentPageSizesGetTheirOwnPages() {
        JsonPath body = GraphQL.data("""
                query($slug: String!) { article(slug: $slug) { interview {
                  few: exchanges(first: 2) { nodes { ordinal } }
                  more: exchanges(first: 5) { nodes { ordinal } } } } }""", Map.of("slug", SAMPLE_SLUG));
        assertThat(body.getList("data.article.interview.few.nodes.ordinal")).containsExactly(1, 2);
        assertThat(body.getList("data.article.interview.more.nodes.ordinal")).containsExactly(1, 2, 3, 4, 5);

        JsonPath lists = GraphQL.data("""
                { articles(first: 3) { nodes { few: quotes(first: 1) { nodes { id } } more: quotes(first: 3) { nodes { id } }
                  interview { few: exchanges(first: 1) { nodes { id } } more: exchanges(first: 2) { nodes { id } } } } } }""");
        List<Map<String, Object>> articles = lists.getList("data.articles.nodes");
        for (int i = 0; i < articles.size(); i++) {
            assertThat(lists.getList("data.articles.nodes[" + i + "].interview.few.nodes"))
                    .hasSizeLessThanOrEqualTo(1);
            assertThat(lists.getList("data.articles.nodes[" + i + "].interview.more.nodes"))
                    .hasSize(2);
        }
        assertThat(lists.getList("data.articles.nodes.few.nodes.flatten()").size())
                .isLessThan(lists.getList("data.articles.nodes.more.nodes.flatten()")
                        .size());
    }
}
