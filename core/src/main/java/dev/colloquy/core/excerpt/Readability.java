package dev.colloquy.core.excerpt;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How hard a passage is to read: its word, sentence and syllable counts, the Flesch reading ease (higher is
 * easier; 60–70 is plain English) and the Flesch–Kincaid grade (the US school year that can read it).
 * Syllables are counted by vowel groups, the usual approximation for English.
 */
public record Readability(
        int words, int sentences, int syllables, double fleschReadingEase, double fleschKincaidGrade) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+(?=[\\s\"”’)]|$)");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    public static Readability of(String text) {
        int words = 0;
        int syllables = 0;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words++;
            syllables += syllables(word.group());
        }
        int sentences = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find()) {
            sentences++;
        }
        sentences = Math.max(1, sentences);
        if (words == 0) {
            return new Readability(0, sentences, 0, 0, 0);
        }
        double wordsPerSentence = words / (double) sentences;
        double syllablesPerWord = syllables / (double) words;
        double ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
        double grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
        return new Readability(words, sentences, syllables, round(ease), round(grade));
    }

    static int syllables(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (lower.isEmpty()) {
            return 1;
        }
        if (lower.length() > 3 && lower.endsWith("e") && !lower.endsWith("le") && !lower.endsWith("ee")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        int groups = 0;
        Matcher matcher = VOWEL_GROUP.matcher(lower);
        while (matcher.find()) {
            groups++;
        }
        return Math.max(1, groups);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
