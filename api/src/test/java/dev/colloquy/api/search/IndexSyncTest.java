package dev.colloquy.api.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.api.GraphQL;
import dev.colloquy.api.SyntheticInterviews;
import dev.colloquy.api.ingest.ArticleClaim;
import dev.colloquy.api.ingest.ArticleStore;
import dev.colloquy.core.source.Origin;
import dev.colloquy.importer.Importer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The index follows the database's change log: a change committed without the index applying it (as a crash between
 * the two commits, or an import through another instance, leaves it) is applied by the next catch-up; a rebuild asked
 * for by an editor keeps searches answering from the old index and the service not ready until it is done.
 */
@QuarkusTest
class IndexSyncTest {

    private static final String STATUS = "{ searchIndexStatus { rebuilding version texts pendingChanges } }";
    private static final String REBUILD = "mutation { rebuildSearchIndex { rebuilding version texts pendingChanges } }";

    @Inject
    IndexSync sync;

    @Inject
    ArticleStore store;

    @Test
    void aChangeCommittedBehindTheIndexsBackIsAppliedByTheNextCatchUp() throws Exception {
        String tag = "quillwort " + UUID.randomUUID().toString().substring(0, 6);
        byte[] text = SyntheticInterviews.article(tag, 2).getBytes(StandardCharsets.UTF_8);
        // Stored as an import stores it, but without the event after the commit that brings the index along.
        String slug = store.store(
                        Importer.standard().parse(text, new Origin("behind-the-back.txt", null, null)),
                        ArticleClaim.posted(null))
                .slug();

        assertThat(hitsIn(slug)).as("not applied yet").isZero();
        assertThat(status().getInt("data.searchIndexStatus.pendingChanges")).isEqualTo(1);

        sync.catchUp();

        assertThat(hitsIn(slug)).as("its first exchange asks about the future").isEqualTo(1);
        assertThat(status().getInt("data.searchIndexStatus.pendingChanges")).isZero();
    }

    @Test
    void aRebuildKeepsSearchesAnsweringWhileTheServiceIsNotReady() {
        int before = hits("NATO");
        assertThat(before).isPositive();
        // Holding the index's write lock keeps the rebuild from starting its work, so its state can be looked at.
        sync.writeLock().lock();
        try {
            JsonPath asked = GraphQL.as(GraphQL.EDITOR).data(REBUILD);
            assertThat(asked.getBoolean("data.rebuildSearchIndex.rebuilding")).isTrue();
            assertThat(asked.getInt("data.rebuildSearchIndex.version")).isEqualTo(SearchIndex.VERSION);

            JsonPath ready = given().get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .extract()
                    .jsonPath();
            assertThat(ready.getString("checks.find { it.name == 'search-index' }.status"))
                    .isEqualTo("DOWN");
            given().get("/q/health/live").then().statusCode(200);
            assertThat(hits("NATO")).as("the old index answers").isEqualTo(before);
            assertThat(GraphQL.as(GraphQL.EDITOR).data(REBUILD).getBoolean("data.rebuildSearchIndex.rebuilding"))
                    .as("a second request joins the running rebuild")
                    .isTrue();
        } finally {
            sync.writeLock().unlock();
        }
        sync.awaitRebuild();

        given().get("/q/health/ready").then().statusCode(200);
        JsonPath after = status();
        assertThat(after.getBoolean("data.searchIndexStatus.rebuilding")).isFalse();
        assertThat(after.getInt("data.searchIndexStatus.pendingChanges")).isZero();
        assertThat(hits("NATO")).isEqualTo(before);
    }

    @Test
    void onlyEditorsSeeOrRebuildTheIndex() {
        assertThat(GraphQL.as(null).errorCode(REBUILD, Map.of())).isEqualTo("UNAUTHENTICATED");
        assertThat(GraphQL.as(GraphQL.ALICE).errorCode(REBUILD, Map.of())).isEqualTo("FORBIDDEN");
        assertThat(GraphQL.as(GraphQL.ALICE).errorCode(STATUS, Map.of())).isEqualTo("FORBIDDEN");
        assertThat(sync.rebuilding()).isFalse();
    }

    private static JsonPath status() {
        return GraphQL.as(GraphQL.EDITOR).data(STATUS);
    }

    private static int hitsIn(String slug) {
        return GraphQL.data(
                        "query($s: String!) { search(query: \"future\", filter: {articleSlug: $s}) { totalCount } }",
                        Map.of("s", slug))
                .getInt("data.search.totalCount");
    }

    private static int hits(String query) {
        return GraphQL.data("query($q: String!) { search(query: $q, first: 1) { totalCount } }", Map.of("q", query))
                .getInt("data.search.totalCount");
    }
}
