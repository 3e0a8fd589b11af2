package dev.colloquy.importer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.importer.Importer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The development interviews re-wrapped as the pages real publishing systems produce (evaluation/messy-html, made by
 * its derive.py): a WordPress theme with widgets and comments, a news page without {@code <article>}, an old blog
 * template whose h1 is the site's name, {@code <b>Q.</b>} turns and paragraphs separated by {@code <br><br>}. The
 * page around the interview must not change how it is read.
 */
class MessyHtmlPagesTest {

    private static final Path CORPUS = Path.of("..", "evaluation", "messy-html", "corpus");
    private static final Path SPLITS = Path.of("..", "evaluation", "messy-html", "splits.tsv");
    private static List<DocumentScore> scores;

    @BeforeAll
    static void readThePages() throws Exception {
        scores = new Evaluation(Importer.standard())
                .run(Corpus.load(CORPUS, SPLITS).part(Corpus.DEV));
    }

    @Test
    void everyStyleOfPageIsThere() {
        assertThat(scores).hasSize(6);
        assertThat(scores).allMatch(score -> score.gold().derivedFrom() != null);
    }

    @Test
    void readsEveryExchangeOfEveryPageExactly() {
        assertThat(scores)
                .allSatisfy(score -> assertThat(score.exact())
                        .as(score.gold().document() + ": " + score.firstMiss())
                        .isTrue());
    }

    @Test
    void takesThePostsTitleAsTheHeadlineNotTheSitesName() {
        assertThat(scores)
                .allSatisfy(score -> assertThat(score.headline().right())
                        .as(score.gold().document() + ": " + score.headline().predicted())
                        .isTrue());
    }

    @Test
    void takesThePublicationFromTheTitleOrTheHomeLink() {
        assertThat(scores)
                .allSatisfy(score -> assertThat(score.publication().right())
                        .as(score.gold().document() + ": " + score.publication().predicted())
                        .isTrue());
    }

    @Test
    void namesTheInterviewee() {
        assertThat(scores)
                .allSatisfy(score -> assertThat(score.interviewee().right())
                        .as(score.gold().document() + ": " + score.interviewee().predicted())
                        .isTrue());
    }
}
