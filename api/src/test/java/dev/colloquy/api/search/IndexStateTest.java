package dev.colloquy.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.api.ingest.ArticleChanges.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which index found on start is kept, and which is rebuilt. */
class IndexStateTest {

    private static final Clock DATABASE = new Clock(40, "db-1");

    @Test
    void anIndexOfThisVersionForThisDatabaseIsKeptAndCaughtUp() {
        assertThat(IndexSync.reasonToRebuild(
                        Optional.of(new IndexState(SearchIndex.VERSION, "db-1", 40)), DATABASE, false))
                .isNull();
        assertThat(IndexSync.reasonToRebuild(
                        Optional.of(new IndexState(SearchIndex.VERSION, "db-1", 12)), DATABASE, false))
                .as("behind: caught up, not rebuilt")
                .isNull();
    }

    @Test
    void anythingElseIsRebuilt() {
        assertThat(IndexSync.reasonToRebuild(Optional.empty(), DATABASE, false)).contains("none yet");
        assertThat(IndexSync.reasonToRebuild(
                        Optional.of(new IndexState(SearchIndex.VERSION - 1, "db-1", 40)), DATABASE, false))
                .contains("version");
        assertThat(IndexSync.reasonToRebuild(
                        Optional.of(new IndexState(SearchIndex.VERSION, "db-2", 40)), DATABASE, false))
                .contains("another database");
        assertThat(IndexSync.reasonToRebuild(
                        Optional.of(new IndexState(SearchIndex.VERSION, "db-1", 41)), DATABASE, false))
                .contains("changes the database does not");
        assertThat(IndexSync.reasonToRebuild(
                        Optional.of(new IndexState(SearchIndex.VERSION, "db-1", 40)), DATABASE, true))
                .contains("rebuild-on-start");
    }

    @Test
    void theStateTravelsInTheCommitData() {
        IndexState state = new IndexState(3, "db-1", 17);

        assertThat(IndexState.of(state.asMap().entrySet())).contains(state);
        assertThat(IndexState.of(null)).isEmpty();
    }
}
