package dev.colloquy.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the shapes that names take in English prose: runs of capitalised words ("NATO Secretary General
 * Mark Rutte"), split into the title or role in front and the personal name behind it.
 */
public final class Names {

    private static final String CAPITALISED = "\\p{Lu}[\\p{L}\\p{M}’'.-]*";
    private static final Pattern RUN = Pattern.compile(
            CAPITALISED + "(?:[ \\u00a0]+(?:" + WordList.choice("/text/name-particles.txt") + "[ \\u00a0]+)?"
                    + CAPITALISED + "){0,10}"); // bounded: an endless run of capitals must not recurse without end

    /** Words that are titles or roles, never part of a personal name. */
    private static final Set<String> TITLE_WORDS = WordList.load("/text/title-words.txt");

    /** Capitalised words that start sentences or name times, never people. */
    private static final Set<String> NOT_NAMES = WordList.load("/text/not-names.txt");

    /** Words that make a run of capitals a group, body, product, place or topic rather than a person. */
    public static final Set<String> GROUP_OR_TOPIC_WORDS = WordList.load("/text/group-or-topic-words.txt");

    private Names() {}

    /** True when a word of the name makes it a group, body, product or topic ("Data Mobility", "Tech Lead"). */
    public static boolean namesAGroupOrTopic(String name) {
        for (String word : name.split("[ \\u00a0]+")) {
            if (GROUP_OR_TOPIC_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised run split into the role words in front and the name that follows. */
    public record Candidate(String role, String name, int start, int end) {}

    /**
     * The personal names in the text: runs of two to four capitalised words that remain after leading
     * titles, roles and acronyms are set aside as the role.
     */
    public static List<Candidate> personCandidates(String text) {
        List<Candidate> found = new ArrayList<>();
        Matcher matcher = RUN.matcher(text);
        while (matcher.find()) {
            Candidate candidate = split(matcher.group(), matcher.start());
            if (candidate != null) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static Candidate split(String run, int offset) {
        String[] words = untilSentenceEnd(run.split("[ \\u00a0]+"));
        int first = 0;
        while (first < words.length && isRoleWord(words[first])) {
            first++;
        }
        int nameWords = words.length - first;
        if (nameWords < 2 || nameWords > 4) {
            return null;
        }
        for (int i = first; i < words.length; i++) {
            if (NOT_NAMES.contains(bare(words[i])) || isAcronym(words[i]) || TITLE_WORDS.contains(bare(words[i]))) {
                return null;
            }
        }
        String role = String.join(" ", java.util.Arrays.copyOfRange(words, 0, first));
        // Offsets from the run as written (spaces may be several or no-break): the name's first and last word.
        int nameStart = wordStart(run, first);
        int nameEnd = wordStart(run, words.length - 1) + words[words.length - 1].length();
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
        return new Candidate(role.isEmpty() ? null : role, name, offset + nameStart, offset + nameEnd);
    }

    /** Where the index-th word of a run starts, words being separated by spaces of either kind. */
    private static int wordStart(String run, int index) {
        int position = 0;
        for (int word = 0; word < index; word++) {
            while (position < run.length() && !isSpace(run.charAt(position))) {
                position++;
            }
            while (position < run.length() && isSpace(run.charAt(position))) {
                position++;
            }
        }
        return position;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0';
    }

    /**
     * The words of a run up to the one that ends a sentence ("Ada Moss. I keep" → "Ada Moss"), its stop
     * dropped; titles ("Mr."), initials ("J.") and dotted acronyms ("U.S.") end no sentence.
     */
    private static String[] untilSentenceEnd(String[] words) {
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean endsSentence = word.endsWith(".")
                    && word.length() > 2
                    && !TITLE_WORDS.contains(bare(word))
                    && !word.matches("(?:\\p{Lu}\\.)+");
            if (endsSentence) {
                String[] kept = java.util.Arrays.copyOf(words, i + 1);
                kept[i] = word.substring(0, word.length() - 1);
                return kept;
            }
        }
        return words;
    }

    private static boolean isRoleWord(String word) {
        return TITLE_WORDS.contains(bare(word))
                || isAcronym(word)
                || NOT_NAMES.contains(bare(word))
                || CONTRACTION.matcher(word).matches();
    }

    /** "I'm", "We're", "They've": a pronoun and a verb, never part of a name ("I'm Ada Moss"). */
    private static final Pattern CONTRACTION = Pattern.compile("\\p{L}+['’](?:m|re|ve|ll|d)");

    public static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * "I’m", "We're": a word and a contracted verb, never a given name, though it starts with a capital
     * ("I’m Tom Coxon" names Tom Coxon, not "I’m Tom"). "O'Brien" keeps a capital after the apostrophe.
     */
    public static boolean isContraction(String word) {
        return CONTRACTION.matcher(word).matches();
    }

    /** Capitalised words that open sentences or name times: "When", "Today", "March". */
    public static boolean isNotAName(String word) {
        return NOT_NAMES.contains(bare(word));
    }

    public static boolean isTitleWord(String word) {
        return TITLE_WORDS.contains(bare(word));
    }

    private static String bare(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith("'s") || lower.endsWith("’s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    /** The last word of a personal name: how articles refer to a person after the first mention. */
    public static String surname(String name) {
        String[] words = name.trim().split("[ \\u00a0]+");
        return words[words.length - 1];
    }

    /**
     * How often the word occurs as a whole word: with no letter just before or after it, as the pattern
     * {@code (?<!\p{L})word(?!\p{L})} finds it. Stages ask this of every turn, so the word is looked for with
     * {@link String#indexOf(String, int)} rather than a pattern compiled for each question; an empty word, or one
     * with characters outside the basic plane, is left to the pattern, whose handling of those is its own.
     */
    public static int occurrences(String text, String word) {
        if (word.isEmpty() || word.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            return occurrencesByPattern(text, word);
        }
        int count = 0;
        int at = text.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            if (!letterEndsAt(text, at) && !(end < text.length() && Character.isLetter(text.codePointAt(end)))) {
                count++;
                at = text.indexOf(word, end);
            } else {
                at = text.indexOf(word, at + 1);
            }
        }
        return count;
    }

    /**
     * Whether a letter ends just before {@code index}, read as the pattern's look-behind reads it: the code point
     * that starts one character earlier, which must end at {@code index}.
     */
    private static boolean letterEndsAt(String text, int index) {
        if (index == 0) {
            return false;
        }
        int codePoint = text.codePointAt(index - 1);
        return index - 1 + Character.charCount(codePoint) == index && Character.isLetter(codePoint);
    }

    private static int occurrencesByPattern(String text, String word) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])")
                .matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
