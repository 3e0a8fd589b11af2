package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On start the service imports the sample from its jar and every article file of the corpus folder;
 * a file the importer rejects is skipped without stopping the service.
 */
@QuarkusTest
@TestProfile(CorpusFolderTest.WithCorpusFolder.class)
class CorpusFolderTest {

    /**
     * Points the corpus folder at a test folder holding one good article, one bad one and a non-article file,
     * with a database of its own: the shared in-memory one outlives restarts and holds other tests' imports.
     */
    public static class WithCorpusFolder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "colloquy.corpus.dir",
                    "src/test/resources/test-corpus",
                    "quarkus.datasource.jdbc.url",
                    "jdbc:h2:mem:colloquy-corpus-folder-test;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void importsTheShippedSampleAndTheGoodFilesOfTheFolder() {
        JsonPath body = GraphQL.data("""
                { articles(first: 100) { totalCount nodes { slug headline interview { exchanges { totalCount } } } } }""");
        List<String> headlines = body.getList("data.articles.nodes.headline");

        assertThat(body.getInt("data.articles.totalCount")).isEqualTo(2);
        assertThat(body.getList("data.articles.nodes.slug")).contains(SampleArticleTest.SAMPLE_SLUG);
        int lighthouse = headlines.indexOf("The last lighthouse keeper on Skarvøy looks back");
        assertThat(lighthouse).as("the folder's article is imported").isGreaterThanOrEqualTo(0);
        assertThat(body.getInt("data.articles.nodes[" + lighthouse + "].interview.exchanges.totalCount"))
                .isEqualTo(3);
    }
}
