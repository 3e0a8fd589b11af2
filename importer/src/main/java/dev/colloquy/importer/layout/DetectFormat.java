package dev.colloquy.importer.layout;

import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Stage;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Decides how the source is written: a forced layout wins, then the front matter's {@code layout:}, then
 * what the file's name or media type promises, and last what the text looks like. Only HTML is sniffed
 * from content (it cannot be mistaken for prose); a {@code .txt} file stays plain text even if it uses an
 * asterisk or two, because reading prose as Markdown would silently drop characters.
 */
public final class DetectFormat implements Stage {

    private static final Pattern HTML_START = Pattern.compile(
            "\\A\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|article)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    @Override
    public String name() {
        return "detect-format";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.FRONT_MATTER);
    }

    @Override
    public Set<Fact> provides() {
        return Set.of(Fact.FORMAT);
    }

    @Override
    public void apply(WorkingDocument document) {
        Layout pinned = frontMatterLayout(document);
        document.format(decide(document, pinned), pinnedLabelling(document, pinned));
    }

    /** The labelling the options force, else the one the front matter's layout names; null when neither does. */
    private static TurnLabelling pinnedLabelling(WorkingDocument document, Layout pinned) {
        Layout forced = document.options().layout();
        if (forced != null && forced.labelling() != null) {
            return forced.labelling();
        }
        return pinned == null ? null : pinned.labelling();
    }

    private static SourceFormat decide(WorkingDocument document, Layout pinned) {
        Layout forced = document.options().layout();
        if (forced != null && forced.format() != null) {
            return forced.format();
        }
        if (pinned != null && pinned.format() != null) {
            return pinned.format();
        }
        String head = document.text().substring(0, Math.min(document.text().length(), 4096));
        if (HTML_START.matcher(head).find()) {
            return SourceFormat.HTML;
        }
        SourceFormat promised =
                SourceFormat.ofMediaType(document.source().origin().mediaType());
        if (promised == null || promised == SourceFormat.TEXT) {
            promised = SourceFormat.ofFileName(document.name());
        }
        if (promised != null) {
            return promised;
        }
        return document.frontMatter() != null ? SourceFormat.MARKDOWN : SourceFormat.TEXT;
    }

    /**
     * The layout named by the front matter. Static-site generators (Jekyll, Hugo) use the same key for the page's
     * template ("post", "page", "blog"), so a name that is no layout of ours is ignored, and warned about only when
     * it is a letter or two from one of ours ("unlabeled"), a likely slip.
     */
    private static Layout frontMatterLayout(WorkingDocument document) {
        if (document.frontMatter() == null) {
            return null;
        }
        String name = document.frontMatter().value("layout");
        if (name == null) {
            return null;
        }
        Layout layout = Layout.named(name);
        if (layout == null && nearlyALayout(name)) {
            document.warn(
                    "BAD_FRONT_MATTER",
                    1,
                    "unknown layout '" + name + "'; known are "
                            + String.join(
                                            ", ",
                                            java.util.Arrays.stream(Layout.values())
                                                    .map(Layout::cliName)
                                                    .toList())
                                    .toLowerCase(Locale.ROOT));
        }
        return layout;
    }

    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);
    /** Names longer than this may be two edits off; shorter ones one ("bold" and "blog" are two apart). */
    private static final int LONG_NAME = 5;

    private static boolean nearlyALayout(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(Layout.values())
                .map(layout -> layout.cliName().toLowerCase(Locale.ROOT))
                .anyMatch(known -> (known.length() > LONG_NAME ? TWO_EDITS : ONE_EDIT).apply(known, lower) >= 0);
    }
}
