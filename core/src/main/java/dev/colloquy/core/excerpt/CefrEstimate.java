package dev.colloquy.core.excerpt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rough CEFR band for a passage of English, from two things a graded reader controls: how common its words
 * are and how long its sentences are. It is an estimate for choosing texts, not a test result: CEFR levels
 * describe learners, not texts, and the words' ranks come from a small list (word-ranks.tsv, about 92,000
 * words of openly licensed news, briefings and blog posts; see WORD-RANKS.md beside it).
 *
 * <p>Vocabulary: the share of the passage's words (names and numbers left out) that are not among the 2,000
 * most frequent of the list, after folding plain inflections (-s, -es, -ed, -ing, -ly). Graded-reader and
 * coverage research (Nation; Milton) puts beginners' texts almost wholly inside the first 2,000 words and
 * lets the share outside grow with each level; the bounds are 3, 6, 10, 15 and 21 per cent for A1…C1.
 * Sentences: the mean words per sentence, which graded readers raise from about 8 at A1 to over 20 at C1
 * (bounds 8, 11, 14, 18 and 23 words). CefrEstimateTest shows the figures on real excerpts: Rutte's spoken
 * answers come out A2–B1, a Kubernetes maintainer's technical answers B2–C1. The vocabulary band counts twice, the sentence band once,
 * because words are the larger obstacle for a learner.
 */
public final class CefrEstimate {

    /** The bands, easiest first. */
    public enum Band {
        A1,
        A2,
        B1,
        B2,
        C1,
        C2
    }

    /** Ranks up to this count as common words. */
    static final int COMMON = 2000;
    /** Upper bounds of the uncommon-word share (per cent) for A1…C1; above the last is C2. */
    static final double[] UNCOMMON_SHARE = {3, 6, 10, 15, 21};
    /** Upper bounds of the mean sentence length (words) for A1…C1; above the last is C2. */
    static final double[] SENTENCE_WORDS = {8, 11, 14, 18, 23};

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['’][\\p{L}]+)?");
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?:\"“]\\s+|\\n\\s*)$");
    private static final Map<String, Integer> RANKS = load();

    /**
     * An estimated band with the two measures it rests on.
     *
     * @param band          the estimated band
     * @param uncommonShare per cent of the counted words outside the 2,000 most frequent
     * @param sentenceWords mean words per sentence
     * @param countedWords  how many words were looked up (names and numbers are not)
     */
    public record Result(Band band, double uncommonShare, double sentenceWords, int countedWords) {}

    private CefrEstimate() {}

    /** The estimate for a text of this many sentences (as {@link Readability} counts them). */
    public static Result of(String text, int sentences) {
        int counted = 0;
        int uncommon = 0;
        int all = 0;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            all++;
            String w = word.group();
            if (isName(text, word.start(), w)) {
                continue;
            }
            counted++;
            if (rank(w) > COMMON) {
                uncommon++;
            }
        }
        double share = counted == 0 ? 0 : 100.0 * uncommon / counted;
        double perSentence = all / (double) Math.max(1, sentences);
        int vocabulary = band(share, UNCOMMON_SHARE);
        int length = band(perSentence, SENTENCE_WORDS);
        int combined = (int) Math.round((2 * vocabulary + length) / 3.0);
        return new Result(
                Band.values()[combined], Math.round(share * 10) / 10.0, Math.round(perSentence * 10) / 10.0, counted);
    }

    /** The word's rank in the list, after folding plain inflections; past the list's end when not in it. */
    static int rank(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        Integer direct = RANKS.get(w);
        if (direct != null) {
            return direct;
        }
        int best = Integer.MAX_VALUE;
        for (String base : bases(w)) {
            best = Math.min(best, RANKS.getOrDefault(base, Integer.MAX_VALUE));
        }
        return best;
    }

    /** Candidate base forms: talks → talk, boxes → box, hoped → hope/hop, making → make, clearly → clear. */
    private static String[] bases(String w) {
        return new String[] {
            swap(w, "s", ""),
            swap(w, "es", ""),
            swap(w, "ed", ""),
            swap(w, "d", ""),
            swap(w, "ing", ""),
            swap(w, "ing", "e"),
            swap(w, "ly", ""),
            swap(w, "ies", "y"),
            swap(w, "ied", "y")
        };
    }

    /** The word with its suffix replaced, or "" (in no list) when it does not end so or too little is left. */
    private static String swap(String w, String suffix, String replacement) {
        return w.endsWith(suffix) && w.length() > suffix.length() + 2
                ? w.substring(0, w.length() - suffix.length()) + replacement
                : "";
    }

    /** A capitalised word inside a sentence is taken for a name: names are no vocabulary to learn. */
    private static boolean isName(String text, int start, String word) {
        if (!Character.isUpperCase(word.charAt(0)) || word.equals("I")) {
            return false;
        }
        return !SENTENCE_START
                .matcher(text.substring(Math.max(0, start - 3), start))
                .find();
    }

    private static int band(double value, double[] bounds) {
        for (int i = 0; i < bounds.length; i++) {
            if (value <= bounds[i]) {
                return i;
            }
        }
        return bounds.length;
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> ranks = new HashMap<>();
        try (InputStream in = CefrEstimate.class.getResourceAsStream("word-ranks.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    ranks.putIfAbsent(line.substring(0, line.indexOf('\t')), ranks.size() + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word-ranks.tsv", e);
        }
        return Map.copyOf(ranks);
    }
}
