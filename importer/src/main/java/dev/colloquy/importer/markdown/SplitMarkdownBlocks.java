package dev.colloquy.importer.markdown;

import dev.colloquy.importer.article.DetectImages;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.BlockMarkup;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.layout.SourceFormat;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.Blanks;
import dev.colloquy.importer.text.MappedText;
import dev.colloquy.importer.text.Prose;
import dev.colloquy.importer.transcript.TurnLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a Markdown file into blocks as plain text is cut, at blank lines and headings, and renders each
 * block's readable text without its inline markup. Block-level markup becomes what the later stages know:
 * a heading level, a quote, whole-bold emphasis; images, rules, link definitions and code fences become
 * blocks of their own that no stage reads as prose.
 */
public final class SplitMarkdownBlocks implements Stage {

    /** An ATX heading; a trailing "{#id}" or "{.class}" (Hugo, kramdown, Pandoc attributes) is no part of its text. */
    private static final Pattern HEADING =
            Pattern.compile("^(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?(?:[ \\t]*\\{[#.][^{}]*\\})?[ \\t]*$");
    /** A Setext underline: the single line above it is a heading, level 1 for "=", 2 for "-". */
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^(=+|-+)[ \\t]*$");

    private static final Pattern RULE = Pattern.compile("^([-*_])([ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern IMAGE_LINE = Pattern.compile("^!\\[[^\\]]*\\]\\([^)]*\\)\\s*$");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-+*]|\\d{1,3}[.)])[ \\t]+");
    private static final Pattern BOLD_LINE_BREAK =
            Pattern.compile("(?:<br\\s*/?>|  |\\\\)[ \\t]*$", Pattern.CASE_INSENSITIVE);
    /** A bold question opening a line and followed, on the same line, by words in roman type. */
    private static final Pattern LEADING_BOLD_QUESTION =
            Pattern.compile("(\\*\\*[^*\\n]{3,400}?\\?\\*\\*)[ \\t]+(?=\\S)");

    /** How many lines a template tag may fill before it is taken for prose that merely opens like one. */
    private static final int TAG_LINES = 12;
    /** How many lines an HTML comment may fill: a commented-out passage may be long. */
    private static final int COMMENT_LINES = 400;

    /**
     * A line opening with an HTML block-level tag, opening or closing ("<table>", "<td width=…>", "</tr>"): as in
     * CommonMark, such a tag starts a block of its own, so it ends the paragraph above it even with no blank line
     * between (a WordPress export puts "</table>" and the next paragraph on consecutive lines).
     */
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "</?(?:table|thead|tbody|tfoot|tr|td|th|caption|div|p|ul|ol|li|dl|dt|dd|section|article|aside|figure"
                    + "|figcaption|blockquote|center|h[1-6]|hr|header|footer|nav)(?=[\\s/>])[^<>]*>",
            Pattern.CASE_INSENSITIVE);
    /** A line made of block-level tags alone ("</td>", "</tr></table>"): it closes whatever block it ends. */
    private static final Pattern ONLY_BLOCK_TAGS =
            Pattern.compile("(?:" + BLOCK_TAG.pattern() + "[ \\t]*)+", Pattern.CASE_INSENSITIVE);

    private static final Pattern TABLE_OPEN = Pattern.compile("<table(?=[\\s>])", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_CLOSE = Pattern.compile("</table\\s*>", Pattern.CASE_INSENSITIVE);
    /**
     * How many cells of a table must be field labels ("Nickname:", "**Motto:**") for it to be a fact sheet: two
     * make the label-and-value pattern, one could be a caption.
     */
    private static final int FACT_SHEET_LABELS = 2;
    /**
     * A fact sheet's values are short (a nickname, a homepage, a motto); a table holding a paragraph of speech is an
     * interview laid out in cells, its label cells naming speakers, and is read as usual.
     */
    private static final int FACT_SHEET_CELL_WORDS = 20;
    /** A field label is a name, not a sentence: a few words ending in a colon. */
    private static final Pattern FIELD_LABEL = Pattern.compile("^[^.?!:]{1,40}:$");

    private static final String LIST_MARKER_STARTS = "-+*0123456789";
    private static final Pattern QUOTE_MARKER = Pattern.compile("^(?:>[ \\t]?){1,16}");

    @Override
    public String name() {
        return "split-markdown-blocks";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.FORMAT, Fact.FRONT_MATTER);
    }

    @Override
    public Set<Fact> provides() {
        return Set.of(Fact.BLOCKS);
    }

    @Override
    public Set<BlockKind> claims() {
        return Set.of(BlockKind.DEBRIS, BlockKind.METADATA);
    }

    @Override
    public void apply(WorkingDocument document) {
        if (document.format() != SourceFormat.MARKDOWN) {
            return;
        }
        new Splitter(document).run();
    }

    private static final class Splitter {

        private final WorkingDocument document;
        private final String text;
        private final List<Block> blocks = new ArrayList<>();
        private final MappedText.Builder current = MappedText.builder();
        private final InlineMarkdown inline = new InlineMarkdown();
        private boolean allQuoted = true;
        private int lines;
        /** Where the last line's rendering stopped, when a link ran on past its end; else before it. */
        private int resume = -1;
        /** The index of the first block inside the HTML table being read, or -1 outside tables. */
        private int tableStart = -1;

        Splitter(WorkingDocument document) {
            this.document = document;
            this.text = document.text();
        }

        void run() {
            int lineStart = 0;
            if (document.frontMatter() != null) {
                blocks.add(Block.ofFrontMatter(document));
                lineStart =
                        Math.min(text.length(), document.frontMatter().span().end() + 1);
            }
            boolean inFence = false;
            int fenceStart = -1;
            while (lineStart < text.length()) {
                int newline = text.indexOf('\n', lineStart);
                int lineEnd = newline < 0 ? text.length() : newline;
                String line = text.substring(lineStart, lineEnd);
                String trimmed = line.strip();
                // where a template tag or HTML comment opened on this line ends (read once: it may span lines)
                int tagEnd = inFence ? -1 : templateTagEnd(lineStart, trimmed);
                if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                    if (inFence) {
                        single(fenceStart, lineEnd, BlockKind.DEBRIS, "code block");
                        inFence = false;
                    } else {
                        flush();
                        inFence = true;
                        fenceStart = lineStart;
                    }
                } else if (inFence) {
                    // inside a code fence: nothing is prose
                } else if (Blanks.isBlankLine(trimmed)) {
                    flush();
                } else if (tagEnd >= 0) {
                    flush();
                    single(
                            lineStart,
                            tagEnd,
                            BlockKind.DEBRIS,
                            trimmed.startsWith("<") ? "HTML comment, style or script" : "template tag");
                    lineEnd = tagEnd;
                } else if (opensWith(trimmed, "<") && BLOCK_TAG.matcher(trimmed).lookingAt()) {
                    htmlBlockLine(lineStart, lineEnd, line, trimmed);
                } else {
                    line(lineStart, lineEnd, line, trimmed);
                }
                lineStart = lineEnd + 1;
            }
            if (inFence) {
                single(fenceStart, text.length(), BlockKind.DEBRIS, "unclosed code block");
            }
            flush();
            document.blocks(List.copyOf(blocks));
        }

        /**
         * Where a static-site template tag that fills whole lines ends: a Hugo shortcode ("{{< figure … >}}",
         * "{{% notice %}}") or a Liquid tag ("{% include … %}"), which may run over a few lines; -1 when the line
         * opens none, or the tag does not close at the end of a line within {@link #TAG_LINES} lines. Such a tag
         * is markup, not prose: its attributes (file names, alt text) would read as a paragraph. Text a paired
         * shortcode wraps stays on its own lines and is read as usual. An HTML comment ("<!-- … -->"), style sheet or
         * script filling whole lines is treated the same way, over up to {@link #COMMENT_LINES} lines: editors'
         * notes, archive marks, commented-out passages and the code of a page are nothing a reader sees.
         */
        private int templateTagEnd(int lineStart, String trimmed) {
            String html = htmlCodeClose(trimmed);
            boolean comment = html != null;
            String close = comment
                    ? html
                    : trimmed.startsWith("{{<")
                            ? ">}}"
                            : trimmed.startsWith("{{%") ? "%}}" : trimmed.startsWith("{%") ? "%}" : null;
            if (close == null) {
                return -1;
            }
            int end = lineStart;
            int maxLines = comment ? COMMENT_LINES : TAG_LINES;
            for (int i = 0; i < maxLines && end < text.length(); i++) {
                int newline = text.indexOf('\n', end);
                int lineEnd = newline < 0 ? text.length() : newline;
                String line = text.substring(end, lineEnd).strip();
                if (line.endsWith(close)) {
                    return lineEnd;
                }
                if (line.contains(close)) {
                    return -1; // prose after the tag on the same line: read the line as usual
                }
                end = lineEnd + 1;
            }
            return -1;
        }

        /** What closes the HTML comment, style sheet or script the line opens, or null when it opens none. */
        private static String htmlCodeClose(String trimmed) {
            if (!trimmed.startsWith("<")) {
                return null;
            }
            if (trimmed.startsWith("<!--")) {
                return "-->";
            }
            for (String element : List.of("style", "script")) {
                int after = element.length() + 1;
                if (trimmed.regionMatches(true, 1, element, 0, element.length())
                        && (trimmed.length() == after || !Character.isLetter(trimmed.charAt(after)))) {
                    return "</" + element + ">";
                }
            }
            return null;
        }

        /**
         * A line opening with a block-level HTML tag starts a block; a line of such tags alone also ends one. Inside a
         * table, the cells are read as paragraphs of their own, and a table that pairs field labels with values is a
         * fact sheet (see {@link #closeTable}).
         */
        private void htmlBlockLine(int lineStart, int lineEnd, String line, String trimmed) {
            flush();
            if (TABLE_OPEN.matcher(trimmed).lookingAt() && tableStart < 0) {
                tableStart = blocks.size();
            }
            if (!ONLY_BLOCK_TAGS.matcher(trimmed).matches()) {
                line(lineStart, lineEnd, line, trimmed);
            }
            if (TABLE_CLOSE.matcher(trimmed).find()
                    || ONLY_BLOCK_TAGS.matcher(trimmed).matches()) {
                flush();
            }
            if (TABLE_CLOSE.matcher(trimmed).find()) {
                closeTable();
            }
        }

        /**
         * A table whose cells include field labels ("Nickname:", "Motto:") with short values beside them is a
         * profile or fact sheet (the box a questionnaire opens with), not the transcript: its label cells would
         * otherwise read as short questions and its values as their answers.
         */
        private void closeTable() {
            List<Block> cells = blocks.subList(tableStart, blocks.size());
            tableStart = -1;
            long labels = cells.stream()
                    .filter(cell -> FIELD_LABEL.matcher(cell.text().strip()).matches())
                    .count();
            boolean shortCells = cells.stream().allMatch(cell -> Prose.wordCount(cell.text()) <= FACT_SHEET_CELL_WORDS);
            if (labels >= FACT_SHEET_LABELS && shortCells) {
                cells.forEach(
                        cell -> cell.classify(BlockKind.METADATA, "a fact-sheet table (field labels and values)"));
            }
        }

        private void line(int lineStart, int lineEnd, String line, String trimmed) {
            int indent = line.indexOf(trimmed);
            int from = lineStart + indent;
            if (lines == 1
                    && !quotedParagraph()
                    && opensWith(trimmed, "=-")
                    && SETEXT_UNDERLINE.matcher(trimmed).matches()) {
                int level = trimmed.charAt(0) == '=' ? 1 : 2;
                emit(new BlockMarkup("h" + level, level, false, false, false, false, null));
                lines = 0;
                allQuoted = true;
                return;
            }
            if (opensWith(trimmed, "-*_") && RULE.matcher(trimmed).matches()) {
                flush();
                single(from, lineEnd, BlockKind.DEBRIS, "horizontal rule");
                return;
            }
            if (opensWith(trimmed, "[") && LINK_DEFINITION.matcher(trimmed).matches()) {
                flush();
                single(from, lineEnd, BlockKind.METADATA, "link definition");
                return;
            }
            if (opensWith(trimmed, "!") && IMAGE_LINE.matcher(trimmed).matches()) {
                flush();
                single(from, lineEnd, BlockKind.DEBRIS, DetectImages.IMAGE_MARKUP);
                return;
            }
            Matcher heading = opensWith(trimmed, "#") ? HEADING.matcher(trimmed) : null;
            if (heading != null && heading.matches()) {
                flush();
                inline.reset();
                inline.render(text, from + heading.start(2), from + heading.end(2), current);
                emit(new BlockMarkup(
                        "h" + heading.group(1).length(), heading.group(1).length(), false, false, false, false, null));
                return;
            }
            if (lines > 0 && TurnLabels.opensTurn(trimmed)) {
                flush(); // a speaker's turn starts a paragraph, blank line or not
            }
            Matcher quote = opensWith(trimmed, ">") ? QUOTE_MARKER.matcher(trimmed) : null;
            boolean quoted = quote != null && quote.lookingAt();
            if (quoted) {
                from += quote.end();
            } else {
                allQuoted = false;
            }
            Matcher list = from < lineEnd && LIST_MARKER_STARTS.indexOf(text.charAt(from)) >= 0
                    ? LIST_MARKER.matcher(text.substring(from, lineEnd))
                    : null;
            if (list != null && list.lookingAt()) {
                from += list.end();
            }
            if (lines > 0 && resume > lineStart) {
                // the line goes on with a link opened on the line above, rendered already up to where it closed
                if (resume >= lineEnd) {
                    lines++;
                    return;
                }
                from = Math.max(from, resume);
            } else if (lines > 0) {
                current.appendSpace('\n', lineStart - 1, lineStart);
            } else {
                inline.reset();
            }
            Matcher boldQuestion = lines == 0 && !quoted && text.startsWith("**", from)
                    ? LEADING_BOLD_QUESTION.matcher(text.substring(from, lineEnd))
                    : null;
            if (boldQuestion != null && boldQuestion.lookingAt()) {
                // "**What changed?** Everything." — the bold question and its answer on one line: two turns
                int split = from + boldQuestion.end(1);
                inline.render(text, from, split, current);
                lines++;
                flush();
                inline.reset();
                from = split;
                while (from < lineEnd && Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
            }
            inline.render(text, from, lineEnd, current);
            resume = inline.reached();
            lines++;
            if (lines == 1 && !quoted && inline.allStrong() && endsABoldTurn(text.substring(from, lineEnd))) {
                flush(); // "**What changed?**<br>" and the answer on the next line: two turns, one paragraph
            }
        }

        /**
         * Whether the text starts with one of the characters: each line pattern above starts with a character of
         * its own, so a line that starts otherwise is not matched against it at all (every line of a long
         * transcript would otherwise be).
         */
        private static boolean opensWith(String text, String characters) {
            return !text.isEmpty() && characters.indexOf(text.charAt(0)) >= 0;
        }

        /** A bold first line that asks, or ends in a line break, is a turn of its own. */
        private static boolean endsABoldTurn(String line) {
            String stripped = line.strip();
            return BOLD_LINE_BREAK.matcher(line).find()
                    || stripped.endsWith("?**")
                    || stripped.endsWith("?__")
                    || stripped.endsWith("?**:");
        }

        private boolean quotedParagraph() {
            return lines > 0 && allQuoted;
        }

        private void flush() {
            resume = -1;
            if (lines > 0) {
                emit(new BlockMarkup(
                        allQuoted ? "blockquote" : "p", 0, inline.allStrong(), allQuoted, false, false, null));
            }
            lines = 0;
            allQuoted = true;
            current.clear();
        }

        private void emit(BlockMarkup markup) {
            MappedText mapped = current.build();
            current.clear();
            if (mapped.length() > 0) {
                blocks.add(Block.extracted(blocks.size(), mapped, markup, document.lineIndex()));
            }
        }

        /** A block whose source is kept verbatim and classified at once. */
        private void single(int from, int to, BlockKind kind, String why) {
            MappedText mapped = MappedText.verbatim(text, from, to).trim();
            if (mapped.length() == 0) {
                return;
            }
            Block block = Block.extracted(blocks.size(), mapped, BlockMarkup.NONE, document.lineIndex());
            block.classify(kind, why);
            blocks.add(block);
        }
    }
}
