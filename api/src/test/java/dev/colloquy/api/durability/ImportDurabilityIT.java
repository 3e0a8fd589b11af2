package dev.colloquy.api.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.api.SyntheticInterviews;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import answered 201 survives the process being killed with SIGKILL: the packaged service takes a
 * stream of imports from a few clients at once, is killed in the middle of it, and is started again on the
 * same database. Every acknowledged import must be there, whole, and found by search; an import in flight
 * at the kill may be there or not, but never in part.
 */
class ImportDurabilityIT {

    private static final int CLIENTS = 4;
    /** The kill comes after this many acknowledged imports, while the clients are still posting. */
    private static final int KILL_AFTER = 40;
    /** Stops the clients should the kill never come. */
    private static final int MAX_DOCUMENTS = 400;

    private static final String HEADLINE_PREFIX = "Talking shop with Elna Varga about ";

    @TempDir
    Path home;

    /** A document of the stream: a distinct headline and a known number of exchanges. */
    record Document(int number, int exchanges) {
        String tag() {
            return "durability document " + number;
        }

        String headline() {
            return HEADLINE_PREFIX + tag();
        }

        String text() {
            return SyntheticInterviews.article(tag(), exchanges);
        }
    }

    /** What the service answered 201 with. */
    record Acknowledged(Document document, String id, String slug) {}

    /** Everything the clients saw: acknowledged imports, imports without an answer, unexpected answers. */
    record Stream(Map<Integer, Acknowledged> acknowledged, Map<Integer, Document> unanswered, List<String> unexpected) {
        Stream() {
            this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new CopyOnWriteArrayList<>());
        }
    }

    @Test
    void everyAcknowledgedImportSurvivesKillDashNineAndNoneIsHalfWritten() throws Exception {
        Stream stream = new Stream();
        try (PackagedService service = PackagedService.start(home, "before-kill")) {
            importAndKill(service, stream);
        }
        assertThat(stream.unexpected())
                .as("answers other than 201 before the kill")
                .isEmpty();

        try (PackagedService service = PackagedService.start(home, "after-restart")) {
            Map<String, Map<String, Object>> stored = storedDocuments(service);
            Map<String, Document> posted = new HashMap<>();
            stream.acknowledged().values().forEach(a -> posted.put(a.document().headline(), a.document()));
            stream.unanswered().values().forEach(d -> posted.put(d.headline(), d));
            long unansweredFound = stream.unanswered().values().stream()
                    .filter(d -> stored.containsKey(d.headline()))
                    .count();
            System.out.printf(
                    "kill -9 after %d acknowledged imports (%d without an answer); after the restart %d of"
                            + " the acknowledged and %d of the unanswered are stored%n",
                    stream.acknowledged().size(),
                    stream.unanswered().size(),
                    stream.acknowledged().values().stream()
                            .filter(a -> stored.containsKey(a.document().headline()))
                            .count(),
                    unansweredFound);

            assertThat(stream.acknowledged()).hasSizeGreaterThanOrEqualTo(KILL_AFTER);
            for (Acknowledged ack : stream.acknowledged().values()) {
                Map<String, Object> article = stored.get(ack.document().headline());
                assertThat(article)
                        .as("acknowledged import %s", ack.document().tag())
                        .isNotNull();
                assertThat(article.get("id")).isEqualTo(ack.id());
                assertThat(article.get("slug")).isEqualTo(ack.slug());
            }
            assertThat(posted.keySet())
                    .as("only documents that were posted are stored")
                    .containsAll(stored.keySet());
            for (Map.Entry<String, Map<String, Object>> entry : stored.entrySet()) {
                assertWhole(service, (String) entry.getValue().get("slug"), posted.get(entry.getKey()));
            }
            assertThat(service.log())
                    .as("the search index on disk survived the kill and was caught up, not rebuilt")
                    .contains("search index: kept")
                    .doesNotContain("search index: rebuilding");
        }
    }

    /**
     * Posts from several clients at once; the client that receives the KILL_AFTER-th 201 kills the service
     * at once, while the other clients' imports are being parsed or stored, so that the last acknowledged
     * commits are as fresh as they can be.
     */
    private static void importAndKill(PackagedService service, Stream stream) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Void>> running = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            running.add(clients.submit(() -> {
                postUntilRefused(service, next, acknowledged, stream);
                return null;
            }));
        }
        clients.shutdown();
        for (Future<Void> client : running) {
            client.get(10, TimeUnit.MINUTES);
        }
    }

    /** One client: posts documents one after another until the service stops answering. */
    private static void postUntilRefused(
            PackagedService service, AtomicInteger next, AtomicInteger acknowledged, Stream stream)
            throws InterruptedException {
        while (true) {
            int number = next.incrementAndGet();
            if (number > MAX_DOCUMENTS) {
                return;
            }
            Document document = new Document(number, 1 + number % 4);
            Response response;
            try {
                response = service.asEditor()
                        .contentType("text/plain")
                        .body(document.text())
                        .post("/api/articles");
            } catch (Exception killed) {
                // The connection was refused or cut: RestAssured throws its checked exceptions undeclared.
                stream.unanswered().put(number, document);
                return;
            }
            if (response.statusCode() != 201) {
                stream.unexpected().add(document.tag() + ": " + response.statusCode() + " " + response.asString());
                return;
            }
            stream.acknowledged().put(number, new Acknowledged(document, response.path("id"), response.path("slug")));
            if (acknowledged.incrementAndGet() == KILL_AFTER) {
                service.kill();
            }
        }
    }

    /** The stored articles of this test's documents, by headline. */
    private static Map<String, Map<String, Object>> storedDocuments(PackagedService service) {
        Map<String, Map<String, Object>> stored = new HashMap<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonPath page = graphQL(
                    service,
                    "query($after: String) { articles(first: 100, after: $after) {"
                            + " pageInfo { hasNextPage endCursor } nodes { id slug headline } } }",
                    variables);
            for (Map<String, Object> article : page.<Map<String, Object>>getList("data.articles.nodes")) {
                String headline = (String) article.get("headline");
                if (headline.startsWith(HEADLINE_PREFIX)) {
                    assertThat(stored.put(headline, article))
                            .as("one article per document: %s", headline)
                            .isNull();
                }
            }
            after = page.getBoolean("data.articles.pageInfo.hasNextPage")
                    ? page.getString("data.articles.pageInfo.endCursor")
                    : null;
        } while (after != null);
        return stored;
    }

    /** The article has all the exchanges of the document it came from, and search finds each of them. */
    private static void assertWhole(PackagedService service, String slug, Document document) {
        JsonPath body = graphQL(service, """
                query($slug: String!) {
                  article(slug: $slug) { revision interview { exchanges(first: 50) { totalCount
                    nodes { ordinal question { text } answer { text } } } } }
                  search(query: "patience", filter: {articleSlug: $slug, kinds: [EXCHANGE]}) { totalCount }
                }""", Map.of("slug", slug));
        String exchanges = "data.article.interview.exchanges.";
        assertThat(body.getInt("data.article.revision")).isEqualTo(1);
        assertThat(body.getInt(exchanges + "totalCount"))
                .as("exchanges of %s", document.tag())
                .isEqualTo(document.exchanges());
        assertThat(body.<Integer>getList(exchanges + "nodes.ordinal"))
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, document.exchanges()).boxed().toList());
        assertThat(body.<String>getList(exchanges + "nodes.answer.text"))
                .allSatisfy(a -> assertThat(a).contains("patience"));
        assertThat(body.getInt("data.search.totalCount"))
                .as("search hits in %s", document.tag())
                .isEqualTo(document.exchanges());
    }

    private static JsonPath graphQL(PackagedService service, String query, Map<String, Object> variables) {
        JsonPath body = service.anonymous()
                .contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(body.getList("errors")).as("GraphQL errors").isNull();
        return body;
    }
}
