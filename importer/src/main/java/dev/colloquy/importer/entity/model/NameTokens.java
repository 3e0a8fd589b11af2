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
