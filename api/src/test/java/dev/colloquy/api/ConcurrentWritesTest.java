package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Requests that change the same rows at the same moment: none fails with a server error, and the stored
 * result is what they would give one after another.
 */
@QuarkusTest
class ConcurrentWritesTest {

    private static final int PARALLEL = 8;

    private static String tag() {
        return "lot " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A REST import as the editor; the response is read after all requests have ended. */
    private static Response post(String text, String sourceUrl) {
        var request = GraphQL.request(GraphQL.EDITOR).contentType("text/plain").body(text);
        if (sourceUrl != null) {
            request.queryParam("sourceUrl", sourceUrl);
        }
        return request.when().post("/api/articles").andReturn();
    }

    /** Runs the n calls at once (released together by a latch) and returns their results in call order. */
    private static <T> List<T> atOnce(int n, IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> task = () -> {
                    start.await();
                    return call.apply(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Integer> statuses(List<Response> responses) {
        return responses.stream().map(Response::statusCode).toList();
    }

    @Test
    void theSameTextPostedAtOnceIsOneArticleCreatedOnceAndFoundByTheOthers() throws Exception {
        String text = SyntheticInterviews.article(tag(), 3);
        int before = ImportTestSupport.articleCount();

        List<Response> responses = atOnce(PARALLEL, i -> post(text, null));

        assertThat(statuses(responses)).as("one 201, the rest 200").containsOnly(200, 201);
        assertThat(Collections.frequency(statuses(responses), 201)).isEqualTo(1);
        assertThat(responses.stream().map(r -> r.jsonPath().getString("id")).distinct())
                .hasSize(1);
        assertThat(ImportTestSupport.articleCount()).isEqualTo(before + 1);
    }

    @Test
    void revisionsOfOneArticlePostedAtOnceEachGetTheirOwnRevision() throws Exception {
        String tag = tag();
        String url = "https://example.org/interviews/" + UUID.randomUUID();
        String id = post(SyntheticInterviews.article(tag, 1), url)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        int revisions = PARALLEL - 2;

        List<Response> responses = atOnce(revisions, i -> post(SyntheticInterviews.article(tag, 2, "hall " + i), url));

        assertThat(statuses(responses)).containsOnly(201);
        assertThat(responses.stream().map(r -> r.jsonPath().getString("id"))).containsOnly(id);
        assertThat(responses.stream().map(r -> r.jsonPath().getInt("revision")))
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(2, revisions + 1).boxed().toList());
        String slug = responses.get(0).jsonPath().getString("slug");
        JsonPath article = GraphQL.data(
                "query($slug: String!) { article(slug: $slug) { revision"
                        + " interview { exchanges { totalCount } } } }",
                Map.of("slug", slug));
        assertThat(article.getInt("data.article.revision")).isEqualTo(revisions + 1);
        assertThat(article.getInt("data.article.interview.exchanges.totalCount"))
                .isEqualTo(2);
        assertThat(ArticleIdentityTest.exchangesFoundBySearch(slug)).isEqualTo(2);
    }

    @Test
    void differentTextsWithOneHeadlinePostedAtOnceAreAllKeptUnderTheirOwnSlugs() throws Exception {
        String tag = tag();

        List<Response> responses = atOnce(PARALLEL, i -> post(SyntheticInterviews.article(tag, 2, "hall " + i), null));

        assertThat(statuses(responses)).containsOnly(201);
        assertThat(responses.stream().map(r -> r.jsonPath().getString("id")).distinct())
                .hasSize(PARALLEL);
        assertThat(responses.stream().map(r -> r.jsonPath().getString("slug")).distinct())
                .hasSize(PARALLEL);
    }

    @Test
    void excerptsAddedToOneLessonAtOnceTakeDistinctPositions() throws Exception {
        String lesson = Lessons.create(GraphQL.ALICE, "Eight at once");
        List<Map<String, Object>> exchanges = Lessons.exchanges(SampleArticleTest.SAMPLE_SLUG);

        List<String> added = atOnce(
                PARALLEL,
                i -> Lessons.addExchange(
                        GraphQL.ALICE,
                        lesson,
                        (String) exchanges.get(i % exchanges.size()).get("id"),
                        null,
                        null));

        assertThat(added).doesNotContainNull().doesNotHaveDuplicates();
        List<Integer> positions = Lessons.get(GraphQL.ALICE, lesson).getList("data.lesson.excerpts.position");
        assertThat(positions)
                .as("positions as the API shows them, from 1")
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, PARALLEL).boxed().toList());
    }

    @Test
    void oneExcerptRemovedTwiceAtOnceIsRemovedOnceAndTheOthersFindNothing() throws Exception {
        String lesson = Lessons.create(GraphQL.ALICE, "Removed at once");
        List<Map<String, Object>> exchanges = Lessons.exchanges(SampleArticleTest.SAMPLE_SLUG);
        String first = Lessons.addExchange(
                GraphQL.ALICE, lesson, (String) exchanges.get(0).get("id"), null, null);
        Lessons.addExchange(GraphQL.ALICE, lesson, (String) exchanges.get(1).get("id"), null, null);

        List<JsonPath> answers = atOnce(
                4,
                i -> GraphQL.as(GraphQL.ALICE)
                        .post(Lessons.REMOVE, Map.of("id", first))
                        .extract()
                        .jsonPath());

        List<String> codes = answers.stream().map(GraphQL::firstErrorCode).toList();
        assertThat(codes)
                .as("one removal succeeds, the others find nothing")
                .containsOnlyOnce((String) null)
                .containsOnly(null, "NOT_FOUND");
        assertThat(Lessons.get(GraphQL.ALICE, lesson).<Integer>getList("data.lesson.excerpts.position"))
                .containsExactly(1);
    }
}
