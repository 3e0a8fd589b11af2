package dev.colloquy.importer.article;

import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.Prose;
import dev.colloquy.importer.text.Snippets;
import dev.colloquy.importer.text.WordList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page debris that reads like sentences and so escapes the short-scrap rule: newsletter plugs, related-
 * article promos, share prompts, community footers, advertisement labels, metadata headers ("Published …
 * · 6 min read"), image markup and lone photo credits. And the end of the interview: a heading that
 * announces a book excerpt, an author's note or other articles turns everything after it into debris, so
 * that a second text on the page never becomes a last, very long answer.
 *
 * <p>Each rule is about what pages do, not about any one article, and each is bounded in length: a long
 * paragraph that merely mentions a newsletter is still prose.
 */
public final class MarkDebris implements Stage {

    private static final int MAX_PLUG_WORDS = 60;
    private static final int MAX_HEADER_WORDS = 25;

    private static final Pattern NEWSLETTER =
            Pattern.compile("\\b(" + WordList.choice("/article/newsletter-words.txt") + ")\\b");
    private static final Pattern NEWSLETTER_CONTEXT =
            Pattern.compile("\\b(" + WordList.choice("/article/newsletter-context-words.txt") + ")\\b");
    private static final Pattern PROMO =
            Pattern.compile("^" + WordList.choice("/article/promo-labels.txt") + "\\s*[:|—–-]");
    private static final Pattern SHARE = Pattern.compile("^" + WordList.choice("/article/share-openers.txt") + "|\\b"
            + WordList.choice("/article/share-phrases.txt") + "\\b");
    private static final Pattern COMMUNITY = Pattern.compile(
            "\\b(join the conversation|comments? (are|is) (closed|moderated|open)|community (guidelines|standards|rules)"
                    + "|house rules|log ?in to (comment|reply)|report this comment|have your say|leave a comment"
                    + "|letters to the editor)\\b");
    private static final Pattern ADVERTISEMENT =
            Pattern.compile("^" + WordList.choice("/article/advertising-openers.txt") + "\\b");
    private static final Pattern METADATA_HEADER = Pattern.compile(
            "^(published|updated|posted|first published|last (updated|modified)|reading time|filed under|tags?|topics?"
                    + "|categories|category)\\b[: ]|\\b\\d+[- ]min(ute)?s? read\\b|^by [\\p{L} .’'-]+ ?[|·•,]");
    private static final Pattern BYLINE = Pattern.compile("^by \\p{L}[\\p{L} .’'-]+$");
    private static final Pattern IMAGE_MARKUP =
            Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)|<img\\b[^>]*>|^\\[(image|photo|picture|video|embed)[^\\]]*\\]$");
    private static final Pattern LONE_CREDIT = Pattern.compile(
            "^(photo(graph)?|image|picture|illustration|video|main image|top image|credit)s?( credit)?\\s*[:：]\\s*\\S.*$");
    private static final Pattern TRAILER = Pattern.compile(
            "^((a |an |book |read an )?excerpts?( from| of)?\\b|from (the|her|his|their) (new )?book\\b|about the "
                    + "(author|book|interviewer|writer)\\b|more interviews\\b|also in this (issue|series)\\b"
                    + "|previously in (this|the) series\\b|next in (this|the) series\\b|other (interviews|articles)\\b"
                    + "|more in this series\\b)");

    private static final Pattern EDITORS_NOTE_TOPIC =
            Pattern.compile("\\b(" + WordList.choice("/article/editors-note-topics.txt") + ")\\b");
    private static final Pattern EDITORS_NOTE =
            Pattern.compile("\\b(" + WordList.choice("/article/editors-note-verbs.txt") + ")\\b");

    @Override
    public String name() {
        return "mark-debris";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.BLOCKS);
    }

    @Override
    public Set<Fact> provides() {
        return Set.of();
    }

    @Override
    public Set<BlockKind> claims() {
        return Set.of(BlockKind.DEBRIS);
    }

    @Override
    public void apply(WorkingDocument document) {
        boolean after = false;
        for (Block block : document.blocks()) {
            // A short trailer heading may already be debris (a scrap of a few words); it still ends the interview.
            if (!block.isUnclassified() && !block.is(BlockKind.DEBRIS)) {
                continue;
            }
            if (after) {
                block.classify(BlockKind.DEBRIS, "after the interview ended");
                continue;
            }
            String text = squeeze(block.text());
            int words = Prose.wordCount(text);
            if (words <= MAX_HEADER_WORDS && TRAILER.matcher(text).find()) {
                block.classify(BlockKind.DEBRIS, "announces another text after the interview");
                after = true;
                continue;
            }
            if (!block.isUnclassified()) {
                continue;
            }
            String reason = reason(text, words);
            if (reason != null) {
                block.classify(BlockKind.DEBRIS, reason);
            }
        }
        markClosingNote(document);
    }

    /**
     * "This interview has been edited for clarity." at the very end is the editor's, not the interviewee's
     * last words. (At the start it introduces the transcript; FindTranscriptIntro takes it there.)
     */
    private static void markClosingNote(WorkingDocument document) {
        for (int i = document.blocks().size() - 1; i >= 0; i--) {
            Block block = document.blocks().get(i);
            if (!block.isUnclassified()) {
                continue;
            }
            String text = squeeze(block.text());
            if (Prose.wordCount(text) <= 30
                    && EDITORS_NOTE_TOPIC.matcher(text).find()
                    && EDITORS_NOTE.matcher(text).find()
                    && !Prose.endsWithQuestionMark(text)) {
                block.classify(BlockKind.DEBRIS, "the editor's closing note");
            }
            return;
        }
    }

    static String reason(String text, int words) {
        if (IMAGE_MARKUP.matcher(text).find() && words <= MAX_HEADER_WORDS) {
            return "image markup";
        }
        if (words <= MAX_PLUG_WORDS
                && NEWSLETTER.matcher(text).find()
                && NEWSLETTER_CONTEXT.matcher(text).find()
                && !Prose.hasFirstPersonSingular(text)) {
            return "newsletter plug";
        }
        if (words <= MAX_PLUG_WORDS && PROMO.matcher(text).find()) {
            return "related-article promo";
        }
        if (words <= MAX_HEADER_WORDS && SHARE.matcher(text).find()) {
            return "share prompt";
        }
        if (words <= MAX_PLUG_WORDS && COMMUNITY.matcher(text).find()) {
            return "community footer";
        }
        if (words <= MAX_HEADER_WORDS && ADVERTISEMENT.matcher(text).find()) {
            return "advertisement";
        }
        if (words <= MAX_HEADER_WORDS
                && (METADATA_HEADER.matcher(text).find()
                        || words <= 6 && BYLINE.matcher(text).matches())) {
            return "metadata header";
        }
        if (words <= 12 && LONE_CREDIT.matcher(text).matches()) {
            return "image credit";
        }
        return null;
    }

    /** Lower case on one line: the rules are about words, not layout. */
    private static String squeeze(String text) {
        return Snippets.squeeze(text).toLowerCase(Locale.ROOT);
    }
}
