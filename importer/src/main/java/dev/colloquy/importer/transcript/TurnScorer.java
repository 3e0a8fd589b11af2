package dev.colloquy.importer.transcript;

import dev.colloquy.core.interview.Speaker;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.text.Datelines;
import dev.colloquy.importer.text.Names;
import dev.colloquy.importer.text.Prose;
import dev.colloquy.importer.text.WordList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the general signals ({@link TurnFeature}) of each paragraph of a transcript and weighs them with
 * the fitted {@link TurnWeights}: positive question scores favour a question, negative an answer; lead
 * scores favour the article's own prose. Each signal that fired leaves a reason that warnings can quote.
 * Word lists live in resources under {@code transcript/}.
 */
final class TurnScorer {

    private static final Pattern QUESTION_LABEL = Pattern.compile("^(?i:q|question)\\s*[:.)]\\s*");
    private static final Pattern ANSWER_LABEL = Pattern.compile("^(?i:a|answer)\\s*[:.)]\\s*");
    private static final Pattern ANSWER_OPENER = Pattern.compile(
            "^" + WordList.alternation("/transcript/answer-openers.txt").pattern(), Pattern.CASE_INSENSITIVE);
    private static final Pattern GENERIC_YOU = WordList.alternation("/transcript/generic-you.txt");
    /** "Tell us", "give us": the interviewer speaking for the readers, not of themself. */
    private static final Pattern ASKING_FOR_US =
            Pattern.compile("(?i)\\b(" + WordList.choice("/transcript/asking-for-us-verbs.txt") + ") us\\b");

    private static final Pattern REPORTED_SPEECH = WordList.alternation("/transcript/speech-verbs.txt");
    private static final Pattern REPORTING = WordList.alternation("/transcript/reporting-phrases.txt");
    /** "Many riders say…", "critics argue…": a claim of others put to the interviewee. */
    private static final Pattern CLAIM_OF_OTHERS =
            Pattern.compile("(?i)\\b" + WordList.choice("/transcript/claimants.txt") + "\\b(?:\\s+\\p{L}+){0,2}\\s+"
                    + WordList.choice("/transcript/claim-verbs.txt") + "\\b");

    private static final Pattern THIRD_PERSON =
            Pattern.compile("\\b(?:he|she|his|her|they|their)\\b", Pattern.CASE_INSENSITIVE);

    private final Speaker interviewee;
    private final TurnWeights weights;

    TurnScorer(Speaker interviewee, TurnWeights weights) {
        this.interviewee = interviewee;
        this.weights = weights;
    }

    /** The signals that fired for one paragraph. */
    record Features(Set<TurnFeature> present) {

        double score(TurnWeights weights, TurnFeature.Side side) {
            double score = 0;
            for (TurnFeature feature : present) {
                if (feature.side == side) {
                    score += weights.weight(feature);
                }
            }
            return score;
        }

        List<String> reasons(TurnFeature.Side side) {
            List<String> reasons = new ArrayList<>();
            for (TurnFeature feature : present) {
                if (feature.side == side && feature.reason != null) {
                    reasons.add(feature.reason);
                }
            }
            return reasons;
        }
    }

    /** A weighed judgement and the signals behind it. */
    record Score(double value, List<String> reasons) {}

    Score question(Features features) {
        return new Score(
                features.score(weights, TurnFeature.Side.QUESTION), features.reasons(TurnFeature.Side.QUESTION));
    }

    Score lead(Features features) {
        return new Score(features.score(weights, TurnFeature.Side.LEAD), features.reasons(TurnFeature.Side.LEAD));
    }

    /** The signals of {@code block}, read with its neighbours (either may be null). */
    Features features(Block block, Block previous, Block next) {
        Set<TurnFeature> present = EnumSet.of(TurnFeature.BIAS, TurnFeature.LEAD_BIAS);
        String text = block.content().text(); // a turn label, where one is kept, is no part of the turn's words
        String own = Prose.withoutQuotedSpeech(text);
        int words = Prose.wordCount(text);
        questionSignals(text, own, words, present);
        if (next != null) {
            String following = next.content().text();
            if (ANSWER_OPENER.matcher(following).find()) {
                present.add(TurnFeature.NEXT_OPENS_LIKE_AN_ANSWER);
            }
            if (Prose.hasFirstPersonSingular(Prose.withoutQuotedSpeech(following))) {
                present.add(TurnFeature.NEXT_SPEAKS_AS_I);
            }
            int nextWords = Prose.wordCount(following);
            if (nextWords >= 2 * words) {
                present.add(TurnFeature.MUCH_SHORTER_THAN_NEXT);
            } else if (words * 2 > nextWords * 3) {
                present.add(TurnFeature.LONGER_THAN_NEXT);
            }
        }
        if (previous != null && Prose.wordCount(previous.content().text()) >= 2 * words) {
            present.add(TurnFeature.MUCH_SHORTER_THAN_PREVIOUS);
        }
        if (block.markup().emphasised() || block.markup().heading() > 0) {
            present.add(TurnFeature.EMPHASISED);
        }
        leadSignals(text, own, present);
        return new Features(present);
    }

    private void questionSignals(String text, String own, int words, Set<TurnFeature> present) {
        if (QUESTION_LABEL.matcher(text).find()) {
            present.add(TurnFeature.LABELLED_QUESTION);
        } else if (ANSWER_LABEL.matcher(text).find()) {
            present.add(TurnFeature.LABELLED_ANSWER);
        }
        present.add(questionMark(text, own, words));
        if (Prose.hasSecondPerson(own)) {
            boolean direct = Prose.hasSecondPerson(GENERIC_YOU.matcher(own).replaceAll(" "));
            present.add(direct ? TurnFeature.ADDRESSES_YOU : TurnFeature.GENERIC_YOU);
        }
        present.add(
                words <= 25
                        ? TurnFeature.SHORT
                        : words <= 50 ? TurnFeature.MEDIUM : words <= 90 ? TurnFeature.LONGISH : TurnFeature.LONG);
        present.add(voice(own));
        if (ANSWER_OPENER.matcher(text).find()) {
            present.add(TurnFeature.ANSWER_OPENER);
        }
        if (TurnLabels.opensLikeAQuestion(text)) {
            present.add(TurnFeature.QUESTION_OPENER);
        }
        if (REPORTING.matcher(own).find() || CLAIM_OF_OTHERS.matcher(own).find()) {
            present.add(TurnFeature.REPORTS_OTHERS);
        }
        if (namesInterviewee(own)) {
            present.add(TurnFeature.NAMES_INTERVIEWEE);
        }
        if (Prose.stripClosers(text).endsWith(":")) {
            present.add(TurnFeature.ENDS_WITH_COLON);
        }
    }

    private static TurnFeature questionMark(String text, String own, int words) {
        if (Prose.endsWithQuestionMark(text)) {
            String before = own.substring(0, Math.max(0, lastSentenceStart(own)));
            if ((Prose.hasFirstPersonSingular(before) || Prose.hasFirstPersonPlural(before))
                    && !Prose.hasSecondPerson(before)) {
                return TurnFeature.ENDS_WITH_QUESTION_AFTER_SPEAKING_FOR_ITSELF;
            }
            return words <= 60
                    ? TurnFeature.ENDS_WITH_QUESTION_SHORT
                    : words <= 90 ? TurnFeature.ENDS_WITH_QUESTION_MEDIUM : TurnFeature.ENDS_WITH_QUESTION_LONG;
        }
        int lastMark = own.lastIndexOf('?');
        if (lastMark >= 0) {
            String after = own.substring(lastMark + 1);
            boolean speakerGoesOn = Prose.hasFirstPersonSingular(after) || Prose.hasFirstPersonPlural(after);
            return speakerGoesOn ? TurnFeature.ASKS_AND_ANSWERS_ITSELF : TurnFeature.ASKS_THEN_COMMENTS;
        }
        return TurnFeature.NO_QUESTION_MARK;
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

    /** Interviewees speak of themselves; interviewers rarely do. */
    private static TurnFeature voice(String text) {
        String own = ASKING_FOR_US.matcher(text).replaceAll(" ");
        boolean asks = own.contains("?");
        if (Prose.hasFirstPersonSingular(own)) {
            return asks ? TurnFeature.SPEAKS_AS_I_AND_ASKS : TurnFeature.SPEAKS_AS_I;
        }
        if (Prose.hasFirstPersonPlural(own)) {
            return asks ? TurnFeature.SPEAKS_AS_WE_AND_ASKS : TurnFeature.SPEAKS_AS_WE;
        }
        return TurnFeature.NOT_OF_ITSELF;
    }

    private boolean namesInterviewee(String own) {
        return interviewee != null && Names.occurrences(own, Names.surname(interviewee.name())) > 0;
    }

    private void leadSignals(String text, String own, Set<TurnFeature> present) {
        if (namesInterviewee(own)) {
            present.add(TurnFeature.LEAD_NAMES_INTERVIEWEE);
        }
        if (!own.equals(text) && Prose.wordCount(text) - Prose.wordCount(own) >= 6) {
            present.add(TurnFeature.LEAD_QUOTES_SPEECH);
        }
        if (Datelines.placeOf(text) != null) {
            present.add(TurnFeature.LEAD_DATELINE);
        }
        if (REPORTED_SPEECH.matcher(own).find()) {
            present.add(TurnFeature.LEAD_REPORTS_SPEECH);
        }
        if (Prose.endsWithQuestionMark(text)) {
            present.add(TurnFeature.LEAD_ENDS_WITH_QUESTION);
        }
        if (Prose.hasSecondPerson(own)) {
            present.add(TurnFeature.LEAD_ADDRESSES_YOU);
        }
        if (Prose.hasFirstPersonSingular(own)) {
            present.add(TurnFeature.LEAD_SPEAKS_AS_I);
        }
        if (TurnLabels.opensLikeAQuestion(text)) {
            present.add(TurnFeature.LEAD_OPENS_LIKE_A_QUESTION);
        }
        if (Prose.wordCount(text) <= 12) {
            present.add(TurnFeature.LEAD_SHORT);
        }
        if (THIRD_PERSON.matcher(own).find() && !Prose.hasFirstPersonSingular(own) && !Prose.hasSecondPerson(own)) {
            present.add(TurnFeature.LEAD_THIRD_PERSON_PAST);
        }
    }
}
