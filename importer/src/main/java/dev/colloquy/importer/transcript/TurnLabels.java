package dev.colloquy.importer.transcript;

import dev.colloquy.importer.document.TurnLabel;
import dev.colloquy.importer.document.TurnLabel.Kind;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the label that opens a paragraph of a labelled transcript. Question and answer labels ("Q:",
 * "Q.", "Question:", "A -", in any case, bold or not) are told from speaker labels ("MARIA LOPEZ:",
 * "SEN. HALE (D-Ore.):"), which must be upper case: mixed-case "Brussels:" opens a dateline, not a turn.
 */
public final class TurnLabels {

    private static final String BOLD = "(?:\\*\\*|__)?";
    private static final Pattern QA = Pattern.compile(
            "^" + BOLD + "(Q|A|QUESTION|ANSWER|Question|Answer)" + BOLD + "[ \\t]*(?::|\\.(?=[\\s*_])|[—–]|-(?=\\s))"
                    + BOLD + "(?:\\s+|$)");
    private static final Pattern SPEAKER = Pattern.compile(
            "^" + BOLD + "(\\p{Lu}[\\p{Lu}\\p{M}.’'\\- ]{1,40}?)[ \\t]*(?:\\(([^()\\n]{1,60})\\))?[ \\t]*:" + BOLD
                    + "(?:\\s+|$)");
    /** Upper-case words that open sentences and headings with a colon but name no speaker. */
    private static final Set<String> NOT_SPEAKERS = Set.of("NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "UPDATE",
            "CORRECTION", "WATCH", "READ MORE", "RELATED", "PHOTO", "VIDEO", "SOURCE", "SOURCES", "PS", "NB", "TL;DR",
            "WARNING", "ALSO", "LISTEN", "PODCAST", "TRANSCRIPT", "EXCERPT");
    /** Speaker labels of the asking side, whatever their share of question marks. */
    private static final Pattern ASKER_WORDS = Pattern.compile(
            "\\b(MODERATOR|HOST|CO-HOST|INTERVIEWER|Q|QUESTION|REPORTER|JOURNALIST|AUDIENCE|AUDIENCE MEMBER|ANCHOR"
                    + "|PRESENTER|CHAIR|CHAIRMAN|CHAIRWOMAN|PANELIST|CORRESPONDENT|QUESTIONER)\\b");
    private static final Pattern INTERJECTION = Pattern.compile(
            "^[(\\[][^()\\[\\]\\n]{1,40}[)\\]]\\.?$");

    private TurnLabels() {
    }

    /** The label opening {@code text}, or null. */
    public static TurnLabel read(String text) {
        Matcher qa = QA.matcher(text);
        if (qa.find()) {
            String which = qa.group(1).toUpperCase(Locale.ROOT);
            return new TurnLabel(which.startsWith("Q") ? Kind.QUESTION : Kind.ANSWER, which, null, qa.end());
        }
        Matcher speaker = SPEAKER.matcher(text);
        if (speaker.find()) {
            String name = speaker.group(1).strip();
            long letters = name.chars().filter(Character::isLetter).count();
            if (letters >= 2 && name.split("\\s+").length <= 5 && !NOT_SPEAKERS.contains(name)
                    && !name.equals(name.toLowerCase(Locale.ROOT))) {
                return new TurnLabel(Kind.SPEAKER, name, speaker.group(2), speaker.end());
            }
        }
        return null;
    }

    private static final Pattern CHAIR_WORDS = Pattern.compile("\\b(MODERATOR|CHAIR|CHAIRMAN|CHAIRWOMAN|CHAIRPERSON)\\b");

    /** True for a label of someone who runs the floor: their turns without a question are procedure. */
    public static boolean namesChair(String speaker) {
        return CHAIR_WORDS.matcher(speaker.toUpperCase(Locale.ROOT)).find();
    }

    /** True for a speaker label that names the asking side: "MODERATOR", "Q", "REPORTER". */
    public static boolean namesAsker(String speaker) {
        return ASKER_WORDS.matcher(speaker.toUpperCase(Locale.ROOT)).find();
    }

    /** "(LAUGHTER)", "[crosstalk]", "(Applause.)": stage directions that are nobody's turn. */
    public static boolean isInterjection(String text) {
        return INTERJECTION.matcher(text.strip()).matches();
    }

    /** "MARIA LOPEZ" → "Maria Lopez"; names written in mixed case stay as they are. */
    public static String displayName(String label) {
        if (!label.equals(label.toUpperCase(Locale.ROOT))) {
            return label;
        }
        StringBuilder out = new StringBuilder();
        boolean startOfWord = true;
        for (char c : label.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(startOfWord ? Character.toUpperCase(c) : c);
            startOfWord = c == ' ' || c == '-' || c == '.' || c == '’' || c == '\'';
        }
        return out.toString();
    }
}
