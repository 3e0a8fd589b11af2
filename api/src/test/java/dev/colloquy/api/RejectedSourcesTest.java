package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.api.ingest.CorpusIngest;
import dev.colloquy.api.ingest.CorpusRun;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A file the start-up import rejects is recorded with its content hash and reason, listed for editors, and
 * skipped unparsed by later starts of the same importer; a new importer version reads it again.
 */
@QuarkusTest
@TestProfile(RejectedSourcesTest.WithCorpusFolder.class)
class RejectedSourcesTest {

    private static final String REJECTED = """
            query Rejected($current: Boolean!) {
              rejectedSources(first: 10, current: $current) {
                totalCount
                nodes { id name reason contentHash importerVersion rejectedAt current }
              }
            }""";

    /** The test folder (one good article, one that is no interview), with a database of its own. */
    public static class WithCorpusFolder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "colloquy.corpus.dir",
                    "src/test/resources/test-corpus",
                    "quarkus.datasource.jdbc.url",
                    "jdbc:h2:mem:colloquy-rejected-sources-test;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    CorpusIngest corpus;

    @Inject
    EntityManager em;

    @Test
    void editorsSeeTheRejectedFileWithItsReason() {
        JsonPath body = GraphQL.as(GraphQL.EDITOR).data(REJECTED, Map.of("current", true));

        assertThat(body.getInt("data.rejectedSources.totalCount")).isEqualTo(1);
        assertThat(body.getString("data.rejectedSources.nodes[0].name")).isEqualTo("no-interview.txt");
        assertThat(body.getString("data.rejectedSources.nodes[0].reason"))
                .startsWith("no-interview.txt: no recognisable interview");
        assertThat(body.getString("data.rejectedSources.nodes[0].contentHash")).matches("[0-9a-f]{64}");
        assertThat(body.getString("data.rejectedSources.nodes[0].importerVersion"))
                .matches("[0-9a-f]{64}");
        assertThat(body.getBoolean("data.rejectedSources.nodes[0].current")).isTrue();

        String id = body.getString("data.rejectedSources.nodes[0].id");
        String byNode = "query($id: ID!) { node(id: $id) { ... on RejectedSource { name } } }";
        assertThat(GraphQL.as(GraphQL.EDITOR).data(byNode, Map.of("id", id)).getString("data.node.name"))
                .isEqualTo("no-interview.txt");
        assertThat(GraphQL.as(GraphQL.ALICE).data(byNode, Map.of("id", id)).getString("data.node"))
                .as("not an editor's")
                .isNull();
    }

    @Test
    void onlyEditorsMayListThem() {
        assertThat(GraphQL.as(null).errorCode(REJECTED, Map.of("current", true)))
                .isEqualTo("UNAUTHENTICATED");
        assertThat(GraphQL.as(GraphQL.ALICE).errorCode(REJECTED, Map.of("current", true)))
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void aRestartSkipsTheRejectedFileUnparsedAndTheKnownOnes() {
        CorpusRun run = corpus.importAll();

        assertThat(run)
                .as("the sample and the lighthouse article known, the rejected file skipped unparsed, both folder"
                        + " files unread")
                .isEqualTo(new CorpusRun(0, 2, 0, 1, 2));
    }

    @Test
    void aNewImporterVersionReadsTheRejectedFileAgain() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update rejected_source set importer_version = 'an older importer'")
                        .executeUpdate());

        CorpusRun run = corpus.importAll();

        assertThat(run.rejected()).as("parsed and refused again").isEqualTo(1);
        assertThat(run.rejectedBefore()).isZero();
        JsonPath all = GraphQL.as(GraphQL.EDITOR).data(REJECTED, Map.of("current", false));
        assertThat(all.getList("data.rejectedSources.nodes.current")).containsExactly(false, true);
        assertThat(GraphQL.as(GraphQL.EDITOR)
                        .data(REJECTED, Map.of("current", true))
                        .getInt("data.rejectedSources.totalCount"))
                .isEqualTo(1);
    }
}
