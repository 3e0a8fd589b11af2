package dev.colloquy.importer.interview;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.importer.entity.Gazetteer;
import dev.colloquy.importer.text.Names;
import dev.colloquy.importer.text.WordList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people an article's opening names, weighed as the interviewee: how often the surname recurs, and
 * whether the prose says so ("spoke with X", "interview with X", "X said"). Runs of capitals that name a
 * group, a place or a topic are no candidates at all.
 */
final class PersonCandidates {

    /** A candidate needs this much evidence: named in a cue, or its surname recurring. */
    static final int MIN_SCORE = 3;

    private static final int CUE = 3;
    private static final int FIRST_NAMED = 2;
    private static final String CUE_BEFORE =
            "(?i:interview(?:ed)?(?: with)?|conversation with|q&a with|chat with|spoke (?:with|to)|speak(?:s|ing)? (?:with|to)"
                    + "|talk(?:s|ed|ing)? (?:with|to)|sat down with|caught up with|asked|met|meet|meets|i['’]m|i am|my name is)[ \\u00a0]+(?:\\p{L}+[ \\u00a0]+){0,3}";
    private static final String CUE_AFTER =
            "(?:,[^,.]{1,60})?,?[ \\u00a0]+(?i:said|says|told|explained|added|recalls|recalled|answered|replied)";

    /** The chosen interviewee and how sure the evidence makes it. */
    record Best(String name, double confidence) {}

    private final Gazetteer gazetteer;
    private final Set<String> notNameWords;
    private final Set<String> excluded;

    PersonCandidates(Gazetteer gazetteer, Set<String> notNameWords, Set<String> excluded) {
        this.gazetteer = gazetteer;
        this.notNameWords = notNameWords;
        this.excluded = excluded;
    }

    /**
     * The best-supported person of the opening, or null if none has {@link #MIN_SCORE}.
     *
     * @param headline the article's title, where naming someone counts as a cue
     */
    Best best(String headline, String opening, String text) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Names.Candidate candidate : Names.personCandidates(opening)) {
            String name = shortest(withoutSentenceStop(candidate.name()), text);
            if (isPerson(name, text) && !excluded.contains(name)) {
                // the first person an article names is most often the one it is about
                int first = scores.isEmpty() ? FIRST_NAMED : 0;
                scores.computeIfAbsent(
                        name, key -> score(key, opening, text) + (headline.contains(key) ? CUE : 0) + first);
            }
        }
        return scores.entrySet().stream()
                .filter(entry -> entry.getValue() >= MIN_SCORE)
                .max(Map.Entry.comparingByValue())
                // a bare minimum of evidence is a coin toss; each cue or recurrence makes it likelier
                .map(entry -> new Best(entry.getKey(), Math.min(0.9, 0.45 + 0.05 * entry.getValue())))
                .orElse(null);
    }

    /**
     * "Priya Nair." at the end of a sentence is "Priya Nair"; an initial ("John F.") keeps its stop; a possessive
     * "Dan Savage's" is "Dan Savage".
     */
    private static String withoutSentenceStop(String name) {
        if (name.endsWith("'s") || name.endsWith("’s")) {
            return name.substring(0, name.length() - 2); // "Dan Savage's column": the person is Dan Savage
        }
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1);
        return name.endsWith(".") && last.length() > 2 ? name.substring(0, name.length() - 1) : name;
    }

    /** "Biologist Nick Bos" is "Nick Bos" when the article also writes the name without the leading word. */
    private static String shortest(String name, String text) {
        String[] words = name.split("[ \\u00a0]+");
        if (words.length < 3) {
            return name;
        }
        String tail = name.substring(name.indexOf(words[1]));
        Pattern alone = Pattern.compile("(?<![\\p{Lu}][\\p{L}’'.-]{0,30}[ \\u00a0])" + Pattern.quote(tail));
        return alone.matcher(text).find() ? tail : name;
    }

    private boolean isPerson(String name, String text) {
        String[] words = name.split("[ \\u00a0]+");
        if (words.length < 2 || introducedAsWorkOrBody(name, text)) {
            return false;
        }
        for (String word : words) {
            if (notNameWords.contains(word.toLowerCase(Locale.ROOT)) || gazetteer.isDemonym(word)) {
                return false;
            }
        }
        return gazetteer
                .lookup(name)
                .map(entry -> entry.type() == EntityType.PERSON)
                .orElse(true);
    }

    private static final String WORK_OR_BODY_NOUN = WordList.choice("/interview/work-and-body-nouns.txt");

    /**
     * "their first game Primal Light", "Usagi Shima is a relaxing, idle bunny collecting game": the article
     * says what the name is, and it is a work or a body, not a person, however often it recurs or the headline
     * gives it.
     */
    static boolean introducedAsWorkOrBody(String name, String text) {
        String quoted = Pattern.quote(name);
        return Pattern.compile("(?i:\\b(?:" + WORK_OR_BODY_NOUN + "))[ \\u00a0]+(?:" + quoted + ")\\b"
                        + "|\\b" + quoted + "[ \\u00a0]+(?:is|was)[ \\u00a0]+(?:a|an)\\b[^.!?]{0,40}?\\b(?i:"
                        + WORK_OR_BODY_NOUN + ")\\b")
                .matcher(text)
                .find();
    }

    private static int score(String name, String opening, String text) {
        String quoted = Pattern.quote(name);
        String surname = Pattern.quote(Names.surname(name));
        int score = Names.occurrences(text, Names.surname(name));
        if (Pattern.compile(CUE_BEFORE + "(?:" + quoted + ")").matcher(opening).find()) {
            score += CUE;
        }
        if (Pattern.compile("(?:" + quoted + "|\\b" + surname + ")" + CUE_AFTER)
                .matcher(text)
                .find()) {
            score += CUE;
        }
        return score;
    }
}
