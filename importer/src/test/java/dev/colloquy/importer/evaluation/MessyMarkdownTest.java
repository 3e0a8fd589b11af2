package dev.colloquy.importer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.quote.QuoteKind;
import dev.colloquy.core.source.Origin;
import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.ImportOptions;
import dev.colloquy.importer.Importer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Development interviews in the wrapping that republished Markdown copies get (evaluation/messy-markdown, made by its
 * derive.py): no front matter but a Setext title, comments and a "By … | date" byline, reference links with their
 * definitions and a "via:" footer; or the original with a lead image and caption, a block-quote pull quote, a
 * "Related:" line, tags, share links and an about-the-author box. The wrapping must not change how the interview is
 * read.
 */
class MessyMarkdownTest {

    private static final Path CORPUS = Path.of("..", "evaluation", "messy-markdown", "corpus");
    private static final Path SPLITS = Path.of("..", "evaluation", "messy-markdown", "splits.tsv");
    private static final Importer IMPORTER = Importer.standard();
    private static List<Corpus.Entry> variants;
    private static List<DocumentScore> scores;

    @BeforeAll
    static void readTheVariants() throws Exception {
        variants = Corpus.load(CORPUS, SPLITS).part(Corpus.DEV);
        scores = new Evaluation(IMPORTER).run(variants);
    }

    @Test
    void everyVariantIsThereAndDerived() {
        assertThat(scores).hasSize(11);
        assertThat(scores).allMatch(score -> score.gold().derivedFrom() != null);
    }

    /** The same exchanges, word for word, as the original gives: right where it is right, and no new errors. */
    @Test
    void readsTheSameExchangesAsTheOriginal() throws Exception {
        for (Corpus.Entry variant : variants) {
            assertThat(exchangeTexts(read(variant)))
                    .as(variant.gold().document())
                    .containsExactlyElementsOf(exchangeTexts(original(variant)));
        }
    }

    @Test
    void takesTheTitleAsTheHeadlineNotAComment() {
        assertThat(scores)
                .allSatisfy(score -> assertThat(score.headline().right())
                        .as(score.gold().document() + ": " + score.headline().predicted())
                        .isTrue());
    }

    @Test
    void namesTheParticipantsFromTheBylineWhenTheFrontMatterIsGone() {
        assertThat(scores)
                .allSatisfy(score -> assertThat(score.interviewee().right()
                                && score.interviewer().right())
                        .as(score.gold().document() + ": " + score.interviewee().predicted() + " / "
                                + score.interviewer().predicted())
                        .isTrue());
    }

    /**
     * Captions, pull quotes, comments, link definitions and footers are not lead: the opening (standfirst and lead)
     * stays the original's. Which of the two an opening paragraph is may change with the title above it.
     */
    @Test
    void keepsTheOriginalsOpening() throws Exception {
        for (Corpus.Entry variant : variants) {
            assertThat(opening(read(variant)))
                    .as(variant.gold().document())
                    .containsExactlyElementsOf(opening(original(variant)));
        }
    }

    private static List<String> opening(ParsedArticle parsed) {
        var article = parsed.article();
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.ofNullable(article.standfirst()), article.leadParagraphs().stream())
                .map(SpannedText::text)
                .toList();
    }

    /** The pull quote repeats a sentence of the last answer: reported as a pull quote rendering that exchange. */
    @Test
    void takesTheRepeatedSentenceForAPullQuoteOfTheLastExchange() throws Exception {
        List<Corpus.Entry> furnished = variants.stream()
                .filter(variant -> variant.gold().document().endsWith("-furnished.md"))
                .toList();
        assertThat(furnished).hasSize(4);
        for (Corpus.Entry variant : furnished) {
            ParsedArticle parsed = read(variant);
            int last = parsed.interview().exchanges().size();
            assertThat(parsed.quotes()).as(variant.gold().document()).anySatisfy(quote -> {
                assertThat(quote.kind()).isEqualTo(QuoteKind.PULL);
                assertThat(quote.source()).isNotNull();
                assertThat(quote.source().exchange()).isEqualTo(last);
            });
        }
    }

    private static ParsedArticle read(Corpus.Entry variant) throws Exception {
        return IMPORTER.parse(Files.readAllBytes(variant.document()), variant.origin(), ImportOptions.DETECT);
    }

    private static ParsedArticle original(Corpus.Entry variant) throws Exception {
        Path original = RealCorpusTest.CORPUS.resolve(variant.gold().derivedFrom());
        return IMPORTER.parse(
                Files.readAllBytes(original),
                new Origin(variant.gold().derivedFrom(), null, "text/markdown"),
                ImportOptions.DETECT);
    }

    private static List<String> exchangeTexts(ParsedArticle result) {
        return result.interview().exchanges().stream()
                .map(MessyMarkdownTest::text)
                .toList();
    }

    private static String text(Exchange exchange) {
        return exchange.question().text() + "\n→ " + exchange.answer().text();
    }
}
