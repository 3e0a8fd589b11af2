package dev.colloquy.importer.transcript;

import dev.colloquy.importer.document.TurnLabel;
import dev.colloquy.importer.document.TurnLabel.Kind;
import dev.colloquy.importer.text.WordList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the label that opens a paragraph of a labelled transcript. Question and answer labels ("Q:",
 * "Q.", "Question:", "A -", a bare "Q" before spaces, in any case, bold or not) are told from speaker labels
 * ("MARIA LOPEZ:", "SEN. HALE (D-Ore.):", "Jane Doe (JD):", "Mr Doe:"). A mixed-case label may also be a
 * dateline ("Brussels:"); {@link dev.colloquy.importer.layout.DetectTurnLabels} counts labels before it
 * believes any of them.
 */
public final class TurnLabels {

    private static final String BOLD = "(?:\\*\\*|__)?";
    /**
     * "Q:", "A.", "Question —"; also a colon glued to the turn's first capital ("**Q:Did you …**", as careless
     * typing and machine translation leave it), which a colon in running prose ("A:B ratio") never is.
     */
    private static final Pattern QA = Pattern.compile("^" + BOLD + "(Q|A|QUESTION|ANSWER|Question|Answer)" + BOLD
            + "[ \\t]*(?::|\\.(?=[\\s*_])|[—–]|-(?=\\s))" + BOLD + "(?:\\s+|$|(?<=:)(?=\\p{Lu}\\p{Ll}))");
    /**
     * A bare "Q" and a run of spaces, as press-briefing transcripts set it: "Q  Thank you." (often with no-break
     * spaces), or glued to the question's first word when the spaces were lost ("QAnd").
     */
    private static final Pattern BARE_Q = Pattern.compile(
            "^Q(?:(?:[ \\t\\u00a0]*\\u00a0|[ \\t]{2,}|[ \\t](?=[\\p{Lu}\\p{N}“\"‘'(\\[]))[ \\t\\u00a0]*(?=\\S)|(?=\\p{Lu}\\p{Ll}))");

    private static final Pattern SPEAKER = Pattern.compile("^" + BOLD
            + "(\\p{Lu}[\\p{Lu}\\p{M}.’'\\- \\u00a0]{1,40}?(?: & \\p{Lu}[\\p{Lu}\\p{M}.’'\\-]{0,20})?)[ \\t]*(?:\\(([^()\\n]{1,60})\\))?[ \\t]*"
            + BOLD + "[ \\t]*:" + BOLD + "(?:[\\s\\u00a0]+|$)");
    /**
     * A name in mixed case: "Jane Doe:", "Mr Doe:", "Wikinews:", "M/G/S:", "Xing Yang (XY):". Up to four
     * capitalised words, with the particles names carry ("de", "van"). Riskier than capitals, so the layout
     * decision asks for recurrence before any of them counts.
     */
    private static final Pattern MIXED_SPEAKER =
            Pattern.compile("^" + BOLD + "(\\p{Lu}[\\p{L}\\p{M}.’'/\\-]*(?:[ \\u00a0](?:\\p{Lu}[\\p{L}\\p{M}.’'/\\-]*|"
                    + WordList.choice("/layout/label-name-particles.txt") + ")){0,3})"
                    + "[ \\t]*(?:\\(([^()\\n]{1,60})\\))?[ \\t]*" + BOLD + "[ \\t]*:" + BOLD + "(?:[\\s\\u00a0]+|$)");

    private static final Pattern QA_WITH_COLON = Pattern.compile(
            "^" + BOLD + "(?:Q|A|QUESTION|ANSWER|Question|Answer)" + BOLD + "[ \\t]*:" + BOLD + "[ \\t\\u00a0]");
    /** Words that open paragraphs with a colon but name no speaker (resource {@code layout/not-speaker-labels.txt}). */
    private static final Set<String> NOT_SPEAKERS = WordList.load("/layout/not-speaker-labels.txt");
    /** Speaker labels of the asking side, whatever their share of question marks. */
    private static final Pattern ASKER_WORDS =
            Pattern.compile("\\b(" + WordList.choice("/layout/asker-labels.txt") + ")\\b");

    private static final Pattern INTERJECTION = Pattern.compile("^[(\\[][^()\\[\\]\\n]{1,40}[)\\]]\\.?$");

    private TurnLabels() {}

    /**
     * A time code set after the label, as podcast transcripts mark where a turn falls in the recording:
     * "[04:01]", "\\[00:04:01.06\\]", "(12:30)". It is no word of the turn, so the turn starts after it.
     */
    private static final Pattern TIME_CODE =
            Pattern.compile("\\G\\\\?[\\[(]\\d{1,2}(?::\\d{2}){1,2}(?:\\.\\d+)?\\\\?[\\])][ \\t\\u00a0]+(?=\\S)");

    /** The label opening {@code text}, or null. */
    public static TurnLabel read(String text) {
        TurnLabel label = readLabel(text);
        if (label == null) {
            return null;
        }
        Matcher timeCode = TIME_CODE.matcher(text);
        if (label.contentStart() < text.length() && timeCode.find(label.contentStart())) {
            return new TurnLabel(label.kind(), label.speaker(), label.role(), timeCode.end());
        }
        return label;
    }

    private static TurnLabel readLabel(String text) {
        Matcher qa = QA.matcher(text);
        if (qa.find()) {
            String which = qa.group(1).toUpperCase(Locale.ROOT);
            return new TurnLabel(which.startsWith("Q") ? Kind.QUESTION : Kind.ANSWER, which, null, qa.end());
        }
        Matcher bareQ = BARE_Q.matcher(text);
        if (bareQ.find()) {
            return new TurnLabel(Kind.QUESTION, "Q", null, bareQ.end());
        }
        TurnLabel upper = speaker(SPEAKER.matcher(text));
        return upper != null ? upper : speaker(MIXED_SPEAKER.matcher(text));
    }

    /**
     * True when a line opens with a label too distinctive to be a wrapped line of prose: "Q:", "Q" and
     * spaces, "MS. PSAKI:". Such a line starts a new paragraph even where the source left no blank line.
     */
    public static boolean opensTurn(String line) {
        if (QA_WITH_COLON.matcher(line).find()) {
            return true;
        }
        Matcher bareQ = BARE_Q.matcher(line);
        if (bareQ.find() && bareQ.end() > 1) {
            return true;
        }
        TurnLabel upper = speaker(SPEAKER.matcher(line));
        return upper != null
                && upper.speaker().replaceAll("[^\\p{L}]", "").length() >= 3
                && upper.speaker().equals(upper.speaker().toUpperCase(Locale.ROOT));
    }

    private static TurnLabel speaker(Matcher speaker) {
        if (!speaker.find()) {
            return null;
        }
        String name = speaker.group(1).replace('\u00a0', ' ').strip();
        long letters = name.chars().filter(Character::isLetter).count();
        boolean named = letters >= 2
                && name.split("\\s+").length <= 5
                && !NOT_SPEAKERS.contains(name.toLowerCase(Locale.ROOT))
                && !name.equals(name.toLowerCase(Locale.ROOT));
        return named ? new TurnLabel(Kind.SPEAKER, name, speaker.group(2), speaker.end()) : null;
    }

    private static final Pattern CHAIR_WORDS =
            Pattern.compile("\\b(" + WordList.choice("/layout/chair-labels.txt") + ")\\b");

    private static final Pattern QUESTION_OPENER = Pattern.compile(
            "^(?:" + WordList.choice("/transcript/question-lead-ins.txt") + ",?\\s+)?"
                    + WordList.alternation("/transcript/question-openers.txt").pattern(),
            Pattern.CASE_INSENSITIVE);

    /** True for text that opens as questions do: "What…", "How…", "Tell us…", "Describe…". */
    public static boolean opensLikeAQuestion(String text) {
        return QUESTION_OPENER.matcher(text).find();
    }

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
