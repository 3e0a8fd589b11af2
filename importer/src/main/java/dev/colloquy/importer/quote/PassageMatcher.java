package dev.colloquy.importer.quote;

import dev.colloquy.importer.text.Chars;
import dev.colloquy.importer.text.WordList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures how closely a quote renders a passage, across the small changes articles make: inflections,
 * British and American spellings, function words. Each text becomes a set of word stems; similarity is the
 * cosine of the two sets, each stem weighted by how rare it is among the passages (inverse document
 * frequency), so that sharing "sabre-rattling" counts for more than sharing "NATO".
 */
final class PassageMatcher {

    /** What joins the parts of one word: "sabre-rattling", "Russia's". */
    private static final String JOINERS = "'’-";

    private static final Set<String> STOP_WORDS = WordList.load("/quote/stop-words.txt");

    /** British endings spelt the American way: at most one applies, since no two end in the same letter. */
    private static final List<String> BRITISH_IZE = List.of("ise", "ises", "ised", "ising", "isation");

    /** "organisation" as "organization": the ending's "is" becomes "iz". */
    private static String americanIze(String word) {
        for (String ending : BRITISH_IZE) {
            if (word.endsWith(ending)) {
                int is = word.length() - ending.length();
                return word.substring(0, is) + "iz" + word.substring(is + 2);
            }
        }
        return word;
    }

    private static String replaceEnding(String word, String ending, String replacement) {
        return word.endsWith(ending) ? word.substring(0, word.length() - ending.length()) + replacement : word;
    }

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, int[]> postings = new HashMap<>();
    private final Map<String, Double> weights = new HashMap<>();
    private final Map<Set<String>, Map<Integer, Double>> answered = new HashMap<>();
    private final List<Profile> passages = new java.util.ArrayList<>();
    private int documents;
    /** Scratch space for summing shared weights per passage; cleared after every query. */
    private double[] accumulator;

    /** A matcher over passages given by their stems (see {@link #stems(String)}). */
    PassageMatcher(List<Set<String>> stemSets) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (Set<String> stems : stemSets) {
            documents++;
            for (String stem : stems) {
                documentFrequency.merge(stem, 1, Integer::sum);
                lists.computeIfAbsent(stem, k -> new java.util.ArrayList<>()).add(documents - 1);
            }
        }
        lists.forEach((stem, list) ->
                postings.put(stem, list.stream().mapToInt(Integer::intValue).toArray()));
        documentFrequency.forEach((stem, frequency) -> weights.put(stem, idf(frequency)));
        for (Set<String> stems : stemSets) {
            passages.add(profileOf(stems));
        }
        this.accumulator = new double[stemSets.size()];
    }

    /** The profile of the i-th passage given to the constructor. */
    Profile passage(int index) {
        return passages.get(index);
    }

    /**
     * The similarity of the query to every passage that shares a stem with it (the others score 0), found
     * through an index of stems so that long documents are not compared passage by passage.
     */
    Map<Integer, Double> similarities(Profile query) {
        // Articles repeat themselves (a pull quote, a quote and its continuation): answer each query once.
        return answered.computeIfAbsent(query.stems(), stems -> compute(query));
    }

    private Map<Integer, Double> compute(Profile query) {
        List<Integer> touched = new java.util.ArrayList<>();
        for (String stem : query.stems()) {
            double weight = square(weight(stem));
            for (int passage : postings.getOrDefault(stem, new int[0])) {
                if (accumulator[passage] == 0) {
                    touched.add(passage);
                }
                accumulator[passage] += weight;
            }
        }
        Map<Integer, Double> cosine = new HashMap<>();
        for (int passage : touched) {
            double norm = query.norm() * passages.get(passage).norm();
            cosine.put(passage, norm == 0 ? 0 : accumulator[passage] / norm);
            accumulator[passage] = 0;
        }
        return cosine;
    }

    /** A text's stems and the length of its weighted vector, computed once and compared many times. */
    record Profile(Set<String> stems, double norm) {}

    Profile profile(String text) {
        return profileOf(stems(text));
    }

    private Profile profileOf(Set<String> stems) {
        return new Profile(
                stems,
                Math.sqrt(
                        stems.stream().mapToDouble(stem -> square(weight(stem))).sum()));
    }

    /** Cosine similarity of the weighted stem sets, in [0, 1]. */
    double similarity(Profile a, Profile b) {
        double shared = 0;
        for (String stem : a.stems()) {
            if (b.stems().contains(stem)) {
                shared += square(weight(stem));
            }
        }
        double norm = a.norm() * b.norm();
        return norm == 0 ? 0 : shared / norm;
    }

    /** How many content stems the two texts share. */
    static int sharedStems(Profile a, Profile b) {
        Set<String> shared = new HashSet<>(a.stems());
        shared.retainAll(b.stems());
        return shared.size();
    }

    /** A stem's weight, computed once per stem of the passages: every query and passage norm asks for it. */
    private double weight(String stem) {
        Double known = weights.get(stem);
        return known != null ? known : idf(0);
    }

    private double idf(int frequency) {
        return Math.log((documents + 1.0) / (frequency + 0.5));
    }

    private static double square(double value) {
        return value * value;
    }

    /**
     * The stems of the text's words {@code [\p{L}\p{N}]+(?:['’-]\p{L}+)*}, lower-cased, stop words and single
     * letters left out. The words are found by a scan of code points: every sentence of every answer is stemmed.
     */
    static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            int codePoint = lower.codePointAt(i);
            if (!Chars.isLetterOrNumber(codePoint)) {
                i += Character.charCount(codePoint);
                continue;
            }
            int end = wordEnd(lower, i);
            String word = lower.substring(i, end).replace('’', '\'');
            if (!STOP_WORDS.contains(word) && word.length() > 1) {
                stems.add(stem(word));
            }
            i = end;
        }
        return stems;
    }

    /** The end of the word starting at {@code start}: letters and numbers, then joined parts like "-rattling". */
    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && Chars.isLetterOrNumber(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        while (end + 1 < text.length()
                && JOINERS.indexOf(text.charAt(end)) >= 0
                && Character.isLetter(text.codePointAt(end + 1))) {
            end++;
            while (end < text.length() && Character.isLetter(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
        }
        return end;
    }

    /** A light suffix stripper that also folds British and American spellings together. */
    static String stem(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        w = americanIze(w);
        w = replaceEnding(replaceEnding(replaceEnding(w, "our", "or"), "ce", "se"), "tre", "ter");
        for (String suffix : new String[] {
            "ships", "ship", "ations", "ation", "ingly", "ings", "ing", "edly", "ed", "ies", "es", "ly", "s"
        }) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w.endsWith("e") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
    }
}
