package dev.colloquy.importer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.ImportOptions;
import dev.colloquy.importer.Importer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The development interviews re-wrapped as the pages real publishing systems produce (evaluation/messy-html, made by
 * its derive.py): a WordPress theme with widgets and comments, a news page without {@code <article>}, classless
 * {@code <div>} soup with share lines and "Name says:" comments, an old blog
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
        assertThat(scores).hasSize(19);
        assertThat(scores).allMatch(score -> score.gold().derivedFrom() != null);
        assertThat(scores.stream().filter(MessyHtmlPagesTest::fromACopy)).hasSize(12);
    }

    @Test
    void readsEveryExchangeOfEveryPageOfAnHtmlOriginalExactly() {
        assertThat(scores)
                .filteredOn(score -> !fromACopy(score))
                .allSatisfy(score -> assertThat(score.exact())
                        .as(score.gold().document() + ": " + score.firstMiss())
                        .isTrue());
    }

    /**
     * A magazine page made from a plain-text copy (questions bold, or plain like the answers) is read at least as well as the
     * copy: exactly wherever the copy is (bold questions may only help).
     */
    @Test
    void readsAMagazinePageAtLeastAsWellAsThePlainTextCopy() throws Exception {
        Path copies = Path.of("..", "evaluation", "messy-text", "corpus");
        var copyScores = new Evaluation(Importer.standard())
                .run(Corpus.load(copies, copies.resolveSibling("splits.tsv")).part(Corpus.DEV));
        for (DocumentScore page :
                scores.stream().filter(MessyHtmlPagesTest::fromACopy).toList()) {
            String copy = page.gold().document().replaceFirst("-magazine-(bold|plain)\\.html$", "-copied.txt");
            DocumentScore copied = copyScores.stream()
                    .filter(score -> score.gold().document().equals(copy))
                    .findFirst()
                    .orElseThrow();
            if (copied.exact()) {
                assertThat(page.exact())
                        .as(page.gold().document() + ": " + page.firstMiss())
                        .isTrue();
            }
        }
    }

    private static boolean fromACopy(DocumentScore score) {
        return score.gold().document().contains("-magazine-");
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

    /** Menus, cookie notices, banners, share lines and colophons are not the story: the lead stays the original's. */
    @Test
    void keepsTheOriginalsLeadAndNoDebrisBesideIt() throws Exception {
        Importer importer = Importer.standard();
        for (Corpus.Entry page : Corpus.load(CORPUS, SPLITS).part(Corpus.DEV)) {
            if (page.gold().document().contains("-magazine-")) {
                continue; // made from a plain-text copy, whose lead starts with its title, byline and date lines
            }
            Path original = RealCorpusTest.CORPUS.resolve(page.gold().derivedFrom());
            var derived = importer.parse(Files.readAllBytes(page.document()), page.origin(), ImportOptions.DETECT);
            var source = importer.parse(
                    Files.readAllBytes(original),
                    new dev.colloquy.core.source.Origin(page.gold().derivedFrom(), null, "text/html"),
                    ImportOptions.DETECT);
            assertThat(derived.article().leadParagraphs().stream().map(SpannedText::text))
                    .as(page.gold().document())
                    .containsExactlyElementsOf(source.article().leadParagraphs().stream()
                            .map(SpannedText::text)
                            .toList());
        }
    }

    @Test
    void namesTheInterviewee() {
        assertThat(scores)
                .allSatisfy(score -> assertThat(score.interviewee().right())
                        .as(score.gold().document() + ": " + score.interviewee().predicted())
                        .isTrue());
    }
}
