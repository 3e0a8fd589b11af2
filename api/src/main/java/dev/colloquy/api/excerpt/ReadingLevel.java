package dev.colloquy.api.excerpt;

import dev.colloquy.core.excerpt.CefrEstimate;
import dev.colloquy.core.excerpt.Readability;
import dev.colloquy.core.excerpt.SchoolYear;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** How hard an excerpt is to read, in the measures teachers use. */
@Type("ReadingLevel")
@Description("How hard a text is to read: the Flesch formulas, the UK school year they point to, and an estimated"
        + " CEFR band. All are estimates from surface features (word and sentence length, how common the words"
        + " are); none knows the topic or the reader, and on fewer than about 50 words they are rough.")
public record ReadingLevel(
        @Description("The Flesch–Kincaid grade: the US school year that can read it.")
        double fleschKincaidGrade,

        @Description("The Flesch reading ease: higher is easier; 60 to 70 is plain English.")
        double fleschReadingEase,

        @Description("The school year in England and Wales that matches the Flesch–Kincaid grade: the grade plus"
                + " one (US grade 8 is Year 9), from 1 to 13; 13 also for anything harder.")
        int ukYear,

        @NonNull
        @Description("The UK year as a teacher writes it, e.g. \"Year 9\"; \"Year 13+\" for a text beyond"
                + " school level.")
        String ukYearLabel,

        @NonNull
        @Description("An estimated CEFR band for a learner of English reading it: from the share of uncommon"
                + " words (outside the 2,000 most frequent of an openly licensed list of news, briefing and blog"
                + " English, names left out) and the mean sentence length, words counting twice. A guide for"
                + " choosing texts, not a test result; the README gives the mapping.")
        CefrLevel cefr,

        @Description("Per cent of the words (names and numbers left out) outside the 2,000 most frequent.")
        double uncommonWordShare,

        @Description("Mean words per sentence.") double wordsPerSentence,
        @Description("How many words.") int words,
        @Description("How many sentences.") int sentences,

        @Description("How many syllables, counted by vowel groups.")
        int syllables) {

    static ReadingLevel of(String text) {
        Readability r = Readability.of(text);
        CefrEstimate.Result cefr = CefrEstimate.of(text, r.sentences());
        return new ReadingLevel(
                r.fleschKincaidGrade(),
                r.fleschReadingEase(),
                SchoolYear.ofGrade(r.fleschKincaidGrade()),
                SchoolYear.label(r.fleschKincaidGrade()),
                CefrLevel.valueOf(cefr.band().name()),
                cefr.uncommonShare(),
                cefr.sentenceWords(),
                r.words(),
                r.sentences(),
                r.syllables());
    }

    /** The one line a handout prints. */
    public String describe() {
        return "about " + cefr + " (CEFR, estimated) · UK " + ukYearLabel + " · Flesch–Kincaid grade "
                + fleschKincaidGrade + " (" + words + " words)";
    }
}
