package dev.colloquy.importer.entity.model;

import dev.colloquy.core.text.Span;
import dev.colloquy.importer.text.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a paragraph's tokens into sentences for the name model, which learnt from GUM's sentences: after a
 * full stop, question or exclamation mark followed by a capital, digit or opening quote, unless the stop ends
 * an abbreviated title ("Mr.") or an initial ("J."); at every line break; and after {@link #MAX_TOKENS}.
 */
final class Sentences {

    private static final Set<String> ABBREVIATED_TITLES = WordList.asWritten("/entity/abbreviated-titles.txt");

    private Sentences() {}

    /**
     * The longest stretch given to the model at once: OpenNLP's beam search copies each hypothesis as it grows,
     * so time grows with the square of a sentence's length; no real sentence comes near this.
     */
    static final int MAX_TOKENS = 200;

    static List<List<Span>> split(String text, List<Span> tokens) {
        List<List<Span>> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < tokens.size(); i++) {
            if (endsBefore(text, tokens, i) || i - start >= MAX_TOKENS) {
                sentences.add(tokens.subList(start, i));
                start = i;
            }
        }
        if (start < tokens.size()) {
            sentences.add(tokens.subList(start, tokens.size()));
        }
        return sentences;
    }

    /** True when a sentence ends right before token {@code i}. */
    private static boolean endsBefore(String text, List<Span> tokens, int i) {
        Span previous = tokens.get(i - 1);
        Span next = tokens.get(i);
        if (text.substring(previous.end(), next.start()).contains("\n")) {
            return true;
        }
        char stop = text.charAt(previous.start());
        if (previous.length() != 1 || (stop != '.' && stop != '?' && stop != '!') || previous.end() == next.start()) {
            return false;
        }
        char first = text.charAt(next.start());
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && "\"“‘'(".indexOf(first) < 0) {
            return false;
        }
        if (stop == '.' && i >= 2) {
            Span word = tokens.get(i - 2);
            String before = text.substring(word.start(), word.end());
            boolean initial = before.length() == 1 && Character.isUpperCase(before.charAt(0));
            return !initial && !ABBREVIATED_TITLES.contains(before);
        }
        return true;
    }
}
