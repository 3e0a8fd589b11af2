package dev.colloquy.importer.document;

import dev.colloquy.importer.document.WorkingDocument.ImageLines;
import dev.colloquy.importer.document.WorkingDocument.PullQuoteBlocks;
import java.util.List;

/**
 * What an HTML page's markup suggests, left for the stages that own each fact to take: the splitter sees the
 * markup, but deciding the publication, the pictures or the pull quotes is their work.
 *
 * @param page             the page's metadata (JSON-LD, Open Graph, title)
 * @param decidesHeadline  the page has no h1, so its declared title is the headline (or there is none)
 * @param figures          a picture for every figure element, in page order
 * @param blockquotes      a pull quote for every blockquote, in page order
 */
public record HtmlHints(
        DeclaredMetadata page, boolean decidesHeadline, List<ImageLines> figures, List<PullQuoteBlocks> blockquotes) {

    public HtmlHints {
        figures = List.copyOf(figures);
        blockquotes = List.copyOf(blockquotes);
    }
}
