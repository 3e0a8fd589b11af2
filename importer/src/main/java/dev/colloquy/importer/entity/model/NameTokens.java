package dev.colloquy.importer.entity.model;

import dev.colloquy.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens the name model reads: runs of letters and digits, and every other visible character alone.
 * The training data was tokenised the same way (importer/src/train/ner/convert_gum.py), so that the model
 * meets at run time exactly the tokens it learnt from.
 */
public final class NameTokens {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+|[^\\s\\u00a0]");

    private NameTokens() {}

    /** A web address: its dozens of one-character tokens would slow the model and name nothing. */
    private static final Pattern ADDRESS = Pattern.compile("(?:https?://|www\\.)[^\\s)\\]>\"']+");

    /**
     * The tokens of {@code text[from, to)} outside web addresses (a Markdown link's target, a bare URL): what
     * the name model reads.
     */
    public static List<Span> withoutAddresses(String text, int from, int to) {
        Matcher address = ADDRESS.matcher(text).region(from, to);
        if (!address.find()) {
            return spans(text, from, to);
        }
        List<Span> spans = new ArrayList<>();
        int start = from;
        do {
            spans.addAll(spans(text, start, address.start()));
            start = address.end();
        } while (address.find());
        spans.addAll(spans(text, start, to));
        return spans;
    }

    /** The tokens of {@code text[from, to)}, with their spans in {@code text}. */
    public static List<Span> spans(String text, int from, int to) {
        List<Span> spans = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text).region(from, to);
        while (matcher.find()) {
            spans.add(new Span(matcher.start(), matcher.end()));
        }
        return spans;
    }
}
