package dev.colloquy.importer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.quote.Quote;
import dev.colloquy.core.quote.QuoteKind;
import dev.colloquy.core.quote.SourcePassage;
import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.TestDocuments;
import dev.colloquy.importer.evaluation.GoldDocument.GoldEntity;
import dev.colloquy.importer.evaluation.GoldDocument.GoldExchange;
import dev.colloquy.importer.evaluation.GoldDocument.GoldQuote;
import dev.colloquy.importer.evaluation.QuoteScores.Counts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quote scorer on an excerpt of a real interview: Wikinews, "Wikinews interviews New York bar owner on
 * Santorum cocktail" (15 March 2012, CC BY 2.5, via GUM, evaluation/corpus/gum-wikinews/cocktail.md), cut to
 * its lead and two exchanges. The quotes "read" are set by each test, so that the scorer alone is under test.
 */
class QuoteScorerTest {

    private static final String EXCERPT = """
            # Wikinews interviews New York bar owner on Santorum cocktail

            The Pacific Standard bar is located in Brooklyn, New York, and is co-owned by Jonathan M. Stan and \
            John-Christian G. Rauschenberg. Stan commented on the creation of the Santorum cocktail, "When he was \
            winning in the polls, I thought, 'OK, I'll do a Santorum'." Regarding how long the beverage will be made \
            available, Stan remarked to The Brooklyn Paper, "We'll keep it around until he’s irrelevant. I hope \
            he’s there the whole way".

            **Wikinews**: What inspired you to create a cocktail after the santorum neologism?

            **John-Christian G. Rauschenberg**: Santorum the person has been in the news throughout the primary \
            season, and we thought it would be interesting to try to create a delicious drink that mimicked the \
            appearance of the Dan Savage meaning of "santorum."

            **Wikinews**: When was the Santorum cocktail first created?

            **John-Christian G. Rauschenberg**: A few months ago.
            """;

    private static ParsedArticle parsed;

    @BeforeAll
    static void parse() throws Exception {
        parsed = TestDocuments.parse("cocktail.md", EXCERPT);
    }

    private static GoldDocument gold(List<GoldQuote> quotes, List<String> eitherWay) {
        return new GoldDocument(
                "gum-wikinews/cocktail.md",
                "gum-wikinews",
                "CC BY 2.5",
                null,
                "markdown",
                "speaker-labels",
                "Wikinews interviews New York bar owner on Santorum cocktail",
                List.of("John-Christian G. Rauschenberg"),
                List.of("Wikinews"),
                "Wikinews",
                List.of(
                        new GoldExchange("What inspired you to create a cocktail", "Santorum the person has been in"),
                        new GoldExchange("When was the Santorum cocktail first created?", "A few months ago.")),
                List.of(new GoldEntity(
                        "Jonathan M. Stan", dev.colloquy.core.entity.EntityType.PERSON, List.of("Stan"), null)),
                quotes,
                eitherWay);
    }

    private static final GoldQuote WINNING = new GoldQuote(
            "When he was winning in the polls, I thought, 'OK, I'll do a Santorum'.",
            QuoteKind.NARRATIVE,
            "Jonathan M. Stan",
            1,
            false,
            null,
            null);
    private static final GoldQuote IRRELEVANT = new GoldQuote(
            "We'll keep it around until he’s irrelevant. I hope he’s there the whole way",
            QuoteKind.NARRATIVE,
            "Jonathan M. Stan",
            1,
            false,
            null,
            null);

    /** The reading with its quotes replaced by these: (kind, words as written, speaker) each. */
    private static ParsedArticle reading(Quote... quotes) {
        return new ParsedArticle(
                parsed.source(), parsed.article(), parsed.interview(), List.of(quotes), parsed.entities(), List.of());
    }

    private static Quote quote(QuoteKind kind, String words, String speaker) {
        String text = parsed.source().text();
        int at = text.indexOf(words);
        return new Quote(kind, SpannedText.cut(text, at, at + words.length()), speaker, null, null, null);
    }

    private static int[] asRead() {
        return new int[] {1, 2};
    }

    @Test
    void aQuoteIsFoundWhenTheReadingHoldsHalfItsWordsAndItsSpeakerByAnyFormOfTheName() {
        QuoteScores scores = QuoteScorer.score(
                gold(List.of(WINNING, IRRELEVANT), List.of()),
                reading(
                        quote(QuoteKind.NARRATIVE, "When he was winning in the polls", "Stan"),
                        quote(QuoteKind.NARRATIVE, "I hope", "Jonathan M. Stan")),
                asRead());

        Counts all = scores.overall();
        assertThat(all.gold()).isEqualTo(2);
        assertThat(all.found())
                .as("'When he was winning in the polls' holds more than half of the first quote; 'I hope' far less"
                        + " than half of the second")
                .isEqualTo(1);
        assertThat(all.rightSpeaker())
                .as("'Stan' is an alias of the gold entity")
                .isEqualTo(1);
        assertThat(all.reported()).isEqualTo(2);
        assertThat(all.matched()).isEqualTo(1);
        assertThat(scores.misses())
                .containsExactly(
                        "missed NARRATIVE «We'll keep it around until he’s irrelevant. I hope he’s ther…»",
                        "extra NARRATIVE «I hope»");
    }

    @Test
    void oneReportedQuoteRunningTwoGoldQuotesTogetherFindsOnlyOne() {
        String text = parsed.source().text();
        int from = text.indexOf("When he was winning");
        int to = text.indexOf("the whole way") + "the whole way".length();
        Quote both =
                new Quote(QuoteKind.NARRATIVE, SpannedText.cut(text, from, to), "Jonathan M. Stan", null, null, null);

        Counts all = QuoteScorer.score(gold(List.of(WINNING, IRRELEVANT), List.of()), reading(both), asRead())
                .overall();

        assertThat(all.found()).isEqualTo(1);
        assertThat(all.matched()).isEqualTo(1);
        assertThat(all.reported()).isEqualTo(1);
    }

    @Test
    void borderlinePassagesNeitherCountForNorAgainstPrecisionAndAWrongSpeakerIsNamed() {
        QuoteScores scores = QuoteScorer.score(
                gold(List.of(WINNING), List.of("santorum.")),
                reading(
                        quote(
                                QuoteKind.NARRATIVE,
                                "When he was winning in the polls, I thought",
                                "John-Christian G." + " Rauschenberg"),
                        quote(QuoteKind.EMBEDDED, "santorum.", null)),
                asRead());

        Counts all = scores.overall();
        assertThat(all.found()).isEqualTo(1);
        assertThat(all.rightSpeaker()).isZero();
        assertThat(all.reported()).as("the scare quote is left out").isEqualTo(1);
        assertThat(all.precision()).isEqualTo(1.0);
        assertThat(scores.misses()).singleElement().asString().startsWith("speaker «John-Christian G. Rauschenberg»");
    }

    @Test
    void alignmentCountsTheGoldExchangeThroughTheExchangesReadAndNoneWhenTheGoldSaysNone() {
        String text = parsed.source().text();
        SpannedText answer =
                parsed.interview().exchanges().get(0).answer().paragraphs().get(0);
        GoldQuote rendered = new GoldQuote(
                "When he was winning in the polls, I thought, 'OK, I'll do a Santorum'.",
                QuoteKind.NARRATIVE,
                "Jonathan M. Stan",
                1,
                true,
                1,
                null);
        GoldQuote unrendered = new GoldQuote(
                "We'll keep it around until he’s irrelevant. I hope he’s there the whole way",
                QuoteKind.NARRATIVE,
                "Jonathan M. Stan",
                1,
                true,
                null,
                null);
        List<Quote> read = new ArrayList<>();
        read.add(quote(QuoteKind.NARRATIVE, "When he was winning in the polls", "Stan")
                .withSource(new SourcePassage(1, answer, 0.4)));
        read.add(quote(QuoteKind.NARRATIVE, "We'll keep it around until he’s irrelevant", "Stan")
                .withSource(new SourcePassage(
                        2,
                        parsed.interview()
                                .exchanges()
                                .get(1)
                                .answer()
                                .paragraphs()
                                .get(0),
                        0.2)));

        Counts asGold = QuoteScorer.score(
                        gold(List.of(rendered, unrendered), List.of()), reading(read.toArray(Quote[]::new)), asRead())
                .overall();
        Counts shifted = QuoteScorer.score(
                        gold(List.of(rendered, unrendered), List.of()),
                        reading(read.toArray(Quote[]::new)),
                        new int[] {2, -1})
                .overall();

        assertThat(text).contains(answer.text());
        assertThat(asGold.alignable()).isEqualTo(2);
        assertThat(asGold.aligned())
                .as("the first right, the second linked where the gold says none")
                .isEqualTo(1);
        assertThat(shifted.aligned())
                .as("read exchange 1 is gold exchange 2 in a reading that split differently")
                .isZero();
    }

    @Test
    void goldWordsMissingFromTheDocumentAreNamedAsSuch() {
        GoldQuote typo =
                new GoldQuote("When he was winnning in the polls", QuoteKind.NARRATIVE, null, 1, false, null, null);

        QuoteScores scores = QuoteScorer.score(gold(List.of(typo), List.of()), reading(), asRead());

        assertThat(scores.overall().found()).isZero();
        assertThat(scores.misses()).singleElement().asString().startsWith("gold text not in the document");
    }

    @Test
    void aDocumentWithoutQuoteGoldIsNotScoredForQuotes() {
        GoldDocument noQuotes = new GoldDocument(
                "gum-wikinews/cocktail.md",
                "gum-wikinews",
                "CC BY 2.5",
                null,
                "markdown",
                "speaker-labels",
                "Wikinews interviews New York bar owner on Santorum cocktail",
                List.of("John-Christian G. Rauschenberg"),
                List.of("Wikinews"),
                "Wikinews",
                List.of(new GoldExchange("What inspired you to create a cocktail", "Santorum the person has been in")));

        assertThat(DocumentScorer.score(noQuotes, "dev", parsed).quotes()).isNull();
        assertThat(DocumentScorer.score(gold(List.of(WINNING), List.of()), "dev", parsed)
                        .quotes())
                .isNotNull();
    }
}
