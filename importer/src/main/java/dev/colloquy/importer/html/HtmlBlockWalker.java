package dev.colloquy.importer.html;

import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.BlockMarkup;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.document.WorkingDocument.ImageLines;
import dev.colloquy.importer.document.WorkingDocument.PullQuoteBlocks;
import dev.colloquy.importer.text.MappedText;
import dev.colloquy.importer.text.WordList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Walks a parsed page in document order and cuts it into blocks: one per paragraph-like element, its text
 * with tags removed and entities decoded, each character keeping its own source range. It drops what is never
 * the article (scripts, navigation, page chrome, widgets), records where each block stood (heading level, bold,
 * inside a blockquote or figure, a credit, a byline), and then claims only what the markup states outright.
 */
final class HtmlBlockWalker implements NodeFilter {

    /** Elements that end the block before them and start one of their own. */
    private static final Set<String> BLOCK_ELEMENTS = WordList.load("/html/block-elements.txt");
    /** Elements that are never part of an article's text: dropped with everything inside them. */
    private static final Set<String> DROPPED_ELEMENTS = WordList.load("/html/dropped-elements.txt");
    /** Class or id words of page widgets that are dropped whole. */
    private static final Set<String> WIDGET_WORDS = WordList.load("/html/widget-words.txt");
    /** Class words of the article's own furniture: kept as blocks, but debris. */
    private static final Set<String> BYLINE_WORDS = WordList.load("/html/byline-words.txt");

    private static final Set<String> STANDFIRST_WORDS = WordList.load("/html/standfirst-words.txt");
    private static final Set<String> CREDIT_WORDS = WordList.load("/html/credit-words.txt");

    /** Where a block's text was found on the page, captured when its first character is. */
    private record Context(BlockMarkup markup, int figure, int quote, boolean standfirst) {}

    private final WorkingDocument document;
    private final String source;
    final List<Block> blocks = new ArrayList<>();
    final List<ImageLines> figures = new ArrayList<>();
    final List<PullQuoteBlocks> blockquotes = new ArrayList<>();
    private final List<Context> contexts = new ArrayList<>();
    private final MappedText.Builder current = MappedText.builder();
    private final Deque<String> blockStack = new ArrayDeque<>();
    /** Elements whose head was counted, so that their tail undoes exactly that; identity, not content. */
    private final Set<Node> counted = Collections.newSetFromMap(new IdentityHashMap<>());

    private Context context;
    private int strongDepth;
    private int quoteDepth;
    private int figureDepth;
    private int creditDepth;
    private int bylineDepth;
    private int standfirstDepth;
    private int figureCount;
    private int quoteCount;
    private int currentFigure;
    private int currentQuote;
    private int chars;
    private int strongChars;
    private int linkDepth;
    private int linkChars;
    private int links;
    private int lastEnd;

    HtmlBlockWalker(WorkingDocument document) {
        this.document = document;
        this.source = document.text();
        if (document.frontMatter() != null) {
            // A Jekyll or Hugo post written in HTML: its YAML header was read already and is no text of the page
            blocks.add(Block.ofFrontMatter(document));
            contexts.add(new Context(BlockMarkup.NONE, 0, 0, false));
            lastEnd = document.frontMatter().span().end();
        }
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            text(text);
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.SKIP_ENTIRELY; // comments, doctype, data
        }
        String tag = element.normalName();
        Set<String> words = classWords(element);
        if (DROPPED_ELEMENTS.contains(tag) || isWidget(words) || isPageChrome(element, tag)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br")) {
            if (strongDepth == 0 && chars > 0 && strongChars >= chars - 1) {
                flush(); // "<strong>What changed?</strong><br>The answer…": the bold turn is a block of its own
                return FilterResult.CONTINUE;
            }
            if (strongDepth == 0 && followsLineBreak(element)) {
                flush(); // "…<br><br>…": a blank line inside one element is a paragraph break, as on old blog templates
                return FilterResult.CONTINUE;
            }
            Range range = element.sourceRange();
            if (range.isTracked()) {
                current.appendSpace('\n', range.start().pos(), range.end().pos());
            }
            return FilterResult.CONTINUE;
        }
        boolean credit = isCredit(tag, words);
        if (BLOCK_ELEMENTS.contains(tag) || credit) {
            flush();
            blockStack.push(tag);
        }
        counted.add(element);
        if (isEmphasis(tag)) {
            strongDepth++;
        }
        if (tag.equals("a")) {
            linkDepth++;
            links++;
        }
        if (tag.equals("blockquote")) {
            quoteDepth++;
            currentQuote = ++quoteCount;
        }
        if (tag.equals("figure")) {
            figureDepth++;
            currentFigure = ++figureCount;
        }
        if (credit) {
            creditDepth++;
        }
        if (intersects(words, BYLINE_WORDS) || tag.equals("address")) {
            bylineDepth++;
        }
        if (intersects(words, STANDFIRST_WORDS)) {
            standfirstDepth++;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element element) || !counted.remove(element)) {
            return FilterResult.CONTINUE;
        }
        String tag = element.normalName();
        Set<String> words = classWords(element);
        boolean credit = isCredit(tag, words);
        if (BLOCK_ELEMENTS.contains(tag) || credit) {
            flush();
            blockStack.poll();
        }
        if (isEmphasis(tag)) {
            strongDepth--;
            if (strongDepth == 0
                    && chars > 0
                    && strongChars >= chars - 1
                    && current.build().text().strip().endsWith("?")
                    && followedByText(element)) {
                flush(); // "<b>What changed?</b> Everything.": the bold question is a turn of its own
            }
        }
        if (tag.equals("a")) {
            linkDepth--;
        }
        if (tag.equals("blockquote")) {
            quoteDepth--;
        }
        if (tag.equals("figure")) {
            figureDepth--;
        }
        if (credit) {
            creditDepth--;
        }
        if (intersects(words, BYLINE_WORDS) || tag.equals("address")) {
            bylineDepth--;
        }
        if (intersects(words, STANDFIRST_WORDS)) {
            standfirstDepth--;
        }
        return FilterResult.CONTINUE;
    }

    private void text(TextNode text) {
        Range range = text.sourceRange();
        if (!range.isTracked()) {
            return; // text the parser made up has no source to point at
        }
        int start = range.start().pos();
        int end = Math.min(range.end().pos(), source.length());
        if (start < lastEnd && end > lastEnd && blocks.size() == 1 && document.frontMatter() != null) {
            start = lastEnd; // the text right after the front matter's closing line
        }
        if (start < lastEnd || start >= end) {
            return; // the parser moved it out of source order; keeping spans ordered matters more
        }
        int before = current.length();
        boolean wasBlank = current.isBlank();
        HtmlEntities.appendDecoded(source, start, end, current);
        if (wasBlank && !current.isBlank() && context == null) {
            String element = blockStack.isEmpty() ? "body" : blockStack.peek();
            int heading = element.matches("h[1-6]") ? element.charAt(1) - '0' : 0;
            context = new Context(
                    new BlockMarkup(
                            element,
                            heading,
                            false,
                            quoteDepth > 0,
                            figureDepth > 0,
                            creditDepth > 0,
                            bylineDepth > 0 ? "byline or date" : null),
                    figureDepth > 0 ? currentFigure : 0,
                    quoteDepth > 0 ? currentQuote : 0,
                    standfirstDepth > 0);
        }
        int added = current.length() - before;
        chars += added;
        if (strongDepth > 0) {
            strongChars += added;
        }
        if (linkDepth > 0) {
            linkChars += added;
        }
        lastEnd = end;
    }

    /** True when the element comes right after a {@code <br>}, with nothing but white space between. */
    private static boolean followsLineBreak(Element element) {
        for (Node previous = element.previousSibling(); previous != null; previous = previous.previousSibling()) {
            if (previous instanceof TextNode text && text.isBlank()) {
                continue;
            }
            return previous instanceof Element sibling && sibling.normalName().equals("br");
        }
        return false;
    }

    /** True when roman words follow the element inside the same block. */
    private static boolean followedByText(Element element) {
        for (org.jsoup.nodes.Node next = element.nextSibling(); next != null; next = next.nextSibling()) {
            if (next instanceof TextNode text && !text.isBlank()) {
                return true;
            }
            if (next instanceof Element sibling && !sibling.normalName().equals("br")) {
                return !sibling.text().isBlank();
            }
        }
        return false;
    }

    void flush() {
        MappedText mapped = current.build();
        current.clear();
        if (mapped.length() > 0 && context != null) {
            BlockMarkup m = context.markup();
            boolean emphasised = chars > 0 && strongChars >= chars - 1;
            String furniture = m.furniture() == null && isLinkLine() ? "a line of links" : m.furniture();
            BlockMarkup markup = new BlockMarkup(
                    m.element(), m.heading(), emphasised, m.quoted(), m.figure(), m.credit(), furniture);
            blocks.add(Block.extracted(blocks.size(), mapped, markup, document.lineIndex()));
            contexts.add(context);
        }
        context = null;
        chars = 0;
        strongChars = 0;
        linkChars = 0;
        links = 0;
    }

    /** Most extra words a line of links may carry ("Share this:", "Filed under"). */
    private static final int LINK_LINE_WORDS = 24;

    /**
     * Several links and next to no other text ("Share: Facebook Twitter Email", "Home | About | Contact"): page
     * furniture whatever its class says, where a paragraph of an answer carries its links inside sentences.
     */
    private boolean isLinkLine() {
        return links >= 2 && chars - linkChars <= Math.max(LINK_LINE_WORDS, linkChars / 3);
    }

    /** Claims what the markup says for certain: headline, standfirst, furniture, figures, pull quotes. */
    void classify(String pageTitle) {
        int titled = headingNamedInTitle(pageTitle);
        boolean headline = false;
        boolean standfirst = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Context where = contexts.get(i);
            BlockMarkup markup = block.markup();
            if (markup.furniture() != null) {
                block.classify(BlockKind.DEBRIS, markup.furniture());
            } else if (i == titled) {
                block.classify(BlockKind.HEADLINE, "the longest heading that the page's title repeats");
                headline = true;
            } else if (markup.heading() == 1 && !headline && titled < 0) {
                block.classify(BlockKind.HEADLINE, "the page's first h1");
                headline = true;
            } else if (where.standfirst() && !standfirst && where.figure() == 0) {
                block.classify(BlockKind.STANDFIRST, "marked as the standfirst");
                standfirst = true;
            }
        }
        figures();
        quotes();
        beforeTheHeadline();
    }

    /**
     * What a page prints above its headline (a cookie notice, a top strip, the site's banner and tagline) is never
     * the story's lead: news and blog pages alike start the story at the headline.
     */
    private void beforeTheHeadline() {
        int headline = -1;
        for (int i = 0; i < blocks.size() && headline < 0; i++) {
            headline = blocks.get(i).kind() == BlockKind.HEADLINE ? i : -1;
        }
        for (int i = 0; i < headline; i++) {
            if (blocks.get(i).isUnclassified()) {
                blocks.get(i).classify(BlockKind.DEBRIS, "above the headline");
            }
        }
    }

    /**
     * The heading (h1 to h3) that the page's {@code <title>} repeats, the longest if several do: blog templates put
     * the site's name in the h1 and the post's title in a smaller heading, and both stand in the page title; -1 when
     * no heading of at least two words is named there.
     */
    private int headingNamedInTitle(String pageTitle) {
        if (pageTitle == null || pageTitle.isBlank()) {
            return -1;
        }
        String title = squeeze(pageTitle);
        int best = -1;
        for (int i = 0; i < blocks.size(); i++) {
            BlockMarkup markup = blocks.get(i).markup();
            String text = squeeze(blocks.get(i).text());
            if (markup.heading() >= 1
                    && markup.heading() <= 3
                    && markup.furniture() == null
                    && text.indexOf(' ') > 0
                    && title.contains(text)
                    && (best < 0
                            || text.length() > squeeze(blocks.get(best).text()).length())) {
                best = i;
            }
        }
        return best;
    }

    private static String squeeze(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private void figures() {
        for (int figure = 1; figure <= figureCount; figure++) {
            Block first = null;
            SpannedText caption = null;
            SpannedText credit = null;
            for (int i = 0; i < blocks.size(); i++) {
                if (contexts.get(i).figure() != figure) {
                    continue;
                }
                Block block = blocks.get(i);
                first = first == null ? block : first;
                if (block.markup().credit() && credit == null) {
                    credit = block.spanned();
                } else if (caption == null) {
                    caption = block.spanned();
                }
                block.classify(BlockKind.IMAGE, "inside a figure");
            }
            if (first != null) {
                figures.add(new ImageLines(first, caption, credit));
            }
        }
    }

    private void quotes() {
        for (int quote = 1; quote <= quoteCount; quote++) {
            Block text = null;
            Block attribution = null;
            for (int i = 0; i < blocks.size(); i++) {
                if (contexts.get(i).quote() != quote || contexts.get(i).figure() != 0) {
                    continue;
                }
                Block block = blocks.get(i);
                boolean attributes = block.markup().credit() || block.text().matches("^[—–―-].*");
                if (attributes && attribution == null && text != null) {
                    attribution = block;
                    block.classify(BlockKind.ATTRIBUTION, "a blockquote's citation");
                } else if (text == null) {
                    text = block;
                    block.classify(BlockKind.PULL_QUOTE, "a blockquote");
                } else {
                    block.classify(BlockKind.PULL_QUOTE, "more of a blockquote");
                }
            }
            if (text != null) {
                String speaker = attribution == null
                        ? null
                        : attribution.text().replaceFirst("^[—–―-]+\\s*", "").strip();
                blockquotes.add(new PullQuoteBlocks(text, attribution, speaker));
            }
        }
    }

    /**
     * Bold and italics alike set a question apart when they cover a whole paragraph: pages that print questions in
     * italics ({@code <p><em>Tell us about …</em></p>}) do what others do in bold.
     */
    private static boolean isEmphasis(String tag) {
        return tag.equals("strong") || tag.equals("b") || tag.equals("em") || tag.equals("i");
    }

    /** The page's own header and footer, as opposed to an article's (which hold its headline). */
    private static boolean isPageChrome(Element element, String tag) {
        if (!tag.equals("header") && !tag.equals("footer")) {
            return false;
        }
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            String name = parent.normalName();
            if (name.equals("article") || name.equals("main") || name.equals("blockquote") || name.equals("figure")) {
                return false;
            }
        }
        return true;
    }

    private boolean isCredit(String tag, Set<String> words) {
        if (intersects(words, CREDIT_WORDS)) {
            return true;
        }
        if (quoteDepth > 0 || tag.equals("blockquote")) {
            return tag.equals("cite") || tag.equals("footer");
        }
        return figureDepth > 0 && (tag.equals("small") || tag.equals("cite"));
    }

    private static Set<String> classWords(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        for (String word : names.split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Shortest widget word that also counts as the start of a longer class word. */
    private static final int WIDGET_PREFIX = 5;

    /**
     * A widget by its class or id: a widget word whole, or as the start of a run-together class word as plugins
     * write them ("sharedaddy", "relatedposts", "commentlist"); short words ("ad", "nav") only whole.
     */
    private static boolean isWidget(Set<String> words) {
        if (intersects(words, WIDGET_WORDS)) {
            return true;
        }
        for (String word : words) {
            for (String widget : WIDGET_WORDS) {
                if (widget.length() >= WIDGET_PREFIX && word.startsWith(widget)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean intersects(Set<String> words, Set<String> wanted) {
        for (String word : words) {
            if (wanted.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
