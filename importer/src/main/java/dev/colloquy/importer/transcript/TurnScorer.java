package dev.colloquy.importer.transcript;

import dev.colloquy.core.interview.Speaker;
import dev.colloquy.importer.article.ReadDateline;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.text.Names;
import dev.colloquy.importer.text.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Weighs the general signals that tell an interviewer's question from an interviewee's answer, and the
 * article's own prose from both: punctuation, length, who is addressed, who speaks, how the paragraph
 * opens. Positive scores favour the role, negative ones argue against it; each signal leaves a reason that
 * the importer's warnings can quote.
 */
final class TurnScorer {

    private static final Pattern QUESTION_LABEL = Pattern.compile("^(?i:q|question)\\s*[:.)]\\s*");
    private static final Pattern ANSWER_LABEL = Pattern.compile("^(?i:a|answer)\\s*[:.)]\\s*");
    private static final Pattern ANSWER_OPENER = Pattern.compile(
            "^(Well|Look|Yes|No|Yeah|Of course|Absolutely|Again|Because|Indeed|Sure|Certainly|Exactly|Right|Oh"
                    + "|Listen|Honestly|Frankly|Thank you|Thanks|Definitely|Not at all|Not really|Precisely"
                    + "|Correct|True|That's right|Let me)\\b");
    private static final Pattern QUESTION_OPENER = Pattern.compile(
            "^(?:(?:And|But|So|Now|Finally|Lastly),?\\s+)?(What|Why|How|When|Where|Who|Whom|Whose|Which|Do|Does|Did"
                    + "|Is|Are|Was|Were|Can|Could|Will|Would|Should|Shall|Have|Has|Had|Isn['’]t|Aren['’]t|Don['’]t"
                    + "|Doesn['’]t|Tell (?:me|us)|Talk (?:me|us)|Let['’]s (?:talk|turn|move)|Describe|Explain)\\b");
    /** "You" that means "one": common in answers, no sign of address. */
    private static final Pattern GENERIC_YOU = Pattern.compile(
            "(?i)\\b(you know|if you|when you|you see|you have to|you need to|you get|you['’]d|you can see"
                    + "|whether you|once you|unless you|before you|after you)\\b");
    /** "Tell us", "give us": the interviewer speaking for the readers, not of themself. */
    private static final Pattern ASKING_FOR_US = Pattern.compile("(?i)\\b(tell|give|show|help|walk|take) us\\b");
    private static final Pattern REPORTED_SPEECH = Pattern.compile(
            "(?i)\\b(said|says|told|tells|spoke|speaks|added|noted|explained|recalled|insisted|argued|stressed)\\b");
    private static final Pattern REPORTING = Pattern.compile(
            "(?i)\\b(it['’]s been said|some say|critics|reportedly|it is said|there are reports|you said)\\b");

    private final Speaker interviewee;

    TurnScorer(Speaker interviewee) {
        this.interviewee = interviewee;
    }

    /** A weighed judgement and the signals behind it. */
    record Score(double value, List<String> reasons) {
    }

    /** How strongly the block reads as (part of) a question rather than an answer. */
    Score question(Block block, Block next) {
        String text = block.text();
        String own = Prose.withoutQuotedSpeech(text);
        int words = Prose.wordCount(text);
        List<String> reasons = new ArrayList<>();
        double score = labelScore(text, reasons);
        score += questionMarkScore(text, own, words, reasons);
        if (Prose.hasSecondPerson(own)) {
            boolean direct = Prose.hasSecondPerson(GENERIC_YOU.matcher(own).replaceAll(" "));
            score += direct ? 1.5 : 0.25;
            reasons.add(direct ? "addresses 'you'" : "uses a generic 'you'");
        }
        score += lengthScore(words, reasons);
        score += voiceScore(own, reasons);
        if (ANSWER_OPENER.matcher(text).find()) {
            score -= 1.5;
            reasons.add("opens like an answer");
        }
        if (QUESTION_OPENER.matcher(text).find()) {
            score += 1.0;
            reasons.add("opens like a question");
        }
        if (REPORTING.matcher(own).find()) {
            score += 0.5;
            reasons.add("reports what others say");
        }
        if (next != null) {
            int nextWords = Prose.wordCount(next.text());
            if (nextWords >= 2 * words) {
                score += 0.5;
                reasons.add("much shorter than what follows");
            } else if (words * 2 > nextWords * 3) {
                score -= 0.5;
                reasons.add("longer than what follows");
            }
        }
        return new Score(score, reasons);
    }

    private static double labelScore(String text, List<String> reasons) {
        if (QUESTION_LABEL.matcher(text).find()) {
            reasons.add("labelled as a question");
            return 10;
        }
        if (ANSWER_LABEL.matcher(text).find()) {
            reasons.add("labelled as an answer");
            return -10;
        }
        return 0;
    }

    private static double questionMarkScore(String text, String own, int words, List<String> reasons) {
        if (Prose.endsWithQuestionMark(text)) {
            String before = own.substring(0, Math.max(0, lastSentenceStart(own)));
            if ((Prose.hasFirstPersonSingular(before) || Prose.hasFirstPersonPlural(before))
                    && !Prose.hasSecondPerson(before)) {
                reasons.add("ends with a question after speaking for itself");
                return 1.5;
            }
            reasons.add("ends with a question mark");
            return words <= 60 ? 4 : words <= 90 ? 3 : 1.5;
        }
        int lastMark = own.lastIndexOf('?');
        if (lastMark >= 0) {
            String after = own.substring(lastMark + 1);
            boolean speakerGoesOn = Prose.hasFirstPersonSingular(after) || Prose.hasFirstPersonPlural(after);
            reasons.add(speakerGoesOn ? "asks a question and answers it" : "asks a question, then comments");
            return speakerGoesOn ? 0.5 : 2.5;
        }
        reasons.add("no question mark");
        return 0;
    }

    /** Where the last sentence of the text begins, roughly: after the last full stop that ends one. */
    private static int lastSentenceStart(String text) {
        String body = Prose.stripClosers(text);
        int end = body.length() - 1;
        for (int i = end - 1; i > 0; i--) {
            char c = body.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(body.charAt(i + 1))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static double lengthScore(int words, List<String> reasons) {
        if (words <= 25) {
            reasons.add("short");
            return 1.5;
        }
        if (words <= 50) {
            return 0.5;
        }
        reasons.add("long");
        return words <= 90 ? -0.5 : -2;
    }

    /** Interviewees speak of themselves; interviewers rarely do. */
    private static double voiceScore(String text, List<String> reasons) {
        String own = ASKING_FOR_US.matcher(text).replaceAll(" ");
        boolean asks = own.contains("?");
        if (Prose.hasFirstPersonSingular(own)) {
            reasons.add("speaks as 'I'");
            return asks ? -0.75 : -1.5;
        }
        if (Prose.hasFirstPersonPlural(own)) {
            reasons.add("speaks as 'we'");
            return asks ? 0 : -0.5;
        }
        reasons.add("does not speak of itself");
        return 0.5;
    }

    /** How strongly the block reads as the article's own prose, written about the interviewee. */
    Score lead(Block block) {
        String text = block.text();
        String own = Prose.withoutQuotedSpeech(text);
        List<String> reasons = new ArrayList<>();
        double score = -0.5;
        if (interviewee != null && Names.occurrences(own, Names.surname(interviewee.name())) > 0) {
            score += 2.5;
            reasons.add("speaks of the interviewee by name");
        }
        if (!own.equals(text) && Prose.wordCount(text) - Prose.wordCount(own) >= 6) {
            score += 1.5;
            reasons.add("quotes speech");
        }
        if (ReadDateline.datelineOf(text) != null) {
            score += 3;
            reasons.add("opens with a dateline");
        }
        if (REPORTED_SPEECH.matcher(own).find()) {
            score += 1;
            reasons.add("reports speech");
        }
        if (Prose.endsWithQuestionMark(text)) {
            score -= 2.5;
            reasons.add("ends with a question mark");
        }
        if (Prose.hasSecondPerson(own)) {
            score -= 1.5;
            reasons.add("addresses 'you'");
        }
        if (Prose.hasFirstPersonSingular(own)) {
            score -= 1.5;
            reasons.add("speaks as 'I'");
        }
        return new Score(score, reasons);
    }
}
