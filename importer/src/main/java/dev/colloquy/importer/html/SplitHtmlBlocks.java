package dev.colloquy.importer.html;

import dev.colloquy.core.text.Span;
import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.DeclaredMetadata;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.HtmlHints;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.layout.SourceFormat;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.MappedText;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an HTML page into blocks: one per paragraph-like element, its text with tags and entities removed,
 * its span the exact source characters of that text (jsoup tracks where each text node sits in the source,
 * and entities are decoded here so that each character keeps its own range). Parts of the page that are not
 * the article are dropped or marked: scripts, styles, navigation, page header and footer, asides, share and
 * promo widgets. Figures become pictures, blockquotes pull quotes, the first {@code h1} the headline.
 */
public final class SplitHtmlBlocks implements Stage {

    @Override
    public String name() {
        return "split-html-blocks";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.FORMAT, Fact.FRONT_MATTER);
    }

    /**
     * The blocks, and as hints what the markup suggests: the owners of the publication, the pictures and the
     * pull quotes decide (FindParticipants, DetectImages, DetectPullQuotes).
     */
    @Override
    public Set<Fact> provides() {
        return Set.of(Fact.BLOCKS, Fact.HTML_HINTS);
    }

    @Override
    public Set<BlockKind> claims() {
        return Set.of(
                BlockKind.DEBRIS,
                BlockKind.HEADLINE,
                BlockKind.STANDFIRST,
                BlockKind.IMAGE,
                BlockKind.PULL_QUOTE,
                BlockKind.ATTRIBUTION);
    }

    @Override
    public void apply(WorkingDocument document) {
        if (document.format() != SourceFormat.HTML) {
            return;
        }
        Document page = Jsoup.parse(document.text(), "", Parser.htmlParser().setTrackPosition(true));
        HtmlMetadata metadata = HtmlMetadata.of(page);
        HtmlBlockWalker walker = new HtmlBlockWalker(document);
        NodeTraversor.filter(walker, page.body() == null ? page : page.body());
        walker.flush();
        document.blocks(List.copyOf(walker.blocks));
        Element title = page.selectFirst("title");
        walker.classify(title == null ? null : title.text());
        boolean noHeading = document.firstOf(BlockKind.HEADLINE) == null;
        DeclaredMetadata declared = new DeclaredMetadata(
                noHeading ? declaredHeadline(document.text(), metadata, page) : null,
                metadata.publisher(),
                metadata.author(),
                metadata.publishedOn(),
                metadata.url(),
                null,
                null);
        document.htmlHints(new HtmlHints(declared, noHeading, walker.figures, walker.blockquotes));
    }

    /** A headline from metadata, found verbatim in the source, or the page title's text. */
    private static SpannedText declaredHeadline(String source, HtmlMetadata metadata, Document page) {
        if (metadata.headline() != null) {
            int at = source.indexOf(metadata.headline());
            if (at >= 0) {
                return new SpannedText(
                        metadata.headline(),
                        new Span(at, at + metadata.headline().length()));
            }
        }
        Element title = page.selectFirst("title");
        if (title != null && title.childNodeSize() == 1 && title.childNode(0) instanceof TextNode text) {
            Range range = text.sourceRange();
            if (range.isTracked()) {
                MappedText.Builder builder = MappedText.builder();
                HtmlEntities.appendDecoded(
                        source, range.start().pos(), range.end().pos(), builder);
                MappedText mapped = builder.build();
                if (mapped.length() > 0) {
                    return mapped.whole();
                }
            }
        }
        return null;
    }
}
