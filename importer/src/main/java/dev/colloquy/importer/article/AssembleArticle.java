package dev.colloquy.importer.article;

import dev.colloquy.core.article.Article;
import dev.colloquy.core.article.Image;
import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.interview.Interview;
import dev.colloquy.core.interview.Speaker;
import dev.colloquy.core.quote.Quote;
import dev.colloquy.core.source.Origin;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.document.WorkingDocument.ImageLines;
import java.util.ArrayList;
import java.util.List;

/** The last step: gathers what the stages found on the working document into a {@link ParsedArticle}. */
public final class AssembleArticle {

    static final String UNIDENTIFIED = "Unidentified interviewee";

    private AssembleArticle() {}

    public static ParsedArticle from(WorkingDocument document) {
        Block headlineBlock = document.firstOf(BlockKind.HEADLINE);
        SpannedText headline = headlineBlock != null
                ? headlineBlock.spanned()
                : document.declared().headline();
        String title = headline != null ? headline.text() : document.name().replaceAll("\\.[a-z]+$", "");
        Article article = new Article(
                Slugs.of(title),
                headline != null ? headline : new SpannedText("", new dev.colloquy.core.text.Span(0, 0)),
                spannedOrNull(document.firstOf(BlockKind.STANDFIRST)),
                document.publication(),
                document.dateline(),
                document.declared().publishedOn(),
                document.blocksOf(BlockKind.LEAD)
                        .map(Block::content)
                        .toList(), // an opening statement without its label
                spannedOrNull(document.firstOf(BlockKind.TRANSCRIPT_INTRO)),
                images(document));
        Speaker interviewee = document.interviewee();
        if (interviewee == null) {
            document.warn("NO_INTERVIEWEE", 1, "could not tell who was interviewed");
            interviewee = new Speaker(UNIDENTIFIED, null);
        }
        Interview interview = new Interview(document.interviewer(), interviewee, document.exchanges());
        // A pipeline without align-quote-sources still reports its quotes, without sources.
        List<Quote> quotes = document.sourcedQuotes() != null ? document.sourcedQuotes() : document.quotes();
        return new ParsedArticle(
                sourceAsRead(document), article, interview, quotes, document.entities(), document.warnings());
    }

    /** The source with what the import learned about it: its format's media type, its address. */
    private static SourceDocument sourceAsRead(WorkingDocument document) {
        SourceDocument source = document.source();
        Origin origin = source.origin();
        String url =
                document.declared().sourceUrl() != null ? document.declared().sourceUrl() : origin.sourceUrl();
        return new SourceDocument(
                source.text(),
                source.contentHash(),
                new Origin(origin.name(), url, document.format().mediaType()));
    }

    private static SpannedText spannedOrNull(Block block) {
        return block == null ? null : block.spanned();
    }

    private static List<Image> images(WorkingDocument document) {
        List<Image> images = new ArrayList<>();
        for (ImageLines lines : document.images()) {
            images.add(new Image(
                    lines.caption(),
                    lines.credit(),
                    exchangesBefore(document.exchanges(), lines.block().span().start())));
        }
        return images;
    }

    /** How many exchanges have begun before the offset: where a picture or pull quote sits in the transcript. */
    public static int exchangesBefore(List<Exchange> exchanges, int offset) {
        return (int) exchanges.stream()
                .filter(exchange -> exchange.span().start() < offset)
                .count();
    }
}
