package dev.colloquy.api.excerpt;

import dev.colloquy.core.excerpt.Readability;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** How hard an excerpt is to read. */
@Type("ReadingLevel")
@Description("How hard a text is to read, by the Flesch formulas.")
public record ReadingLevel(
        @Description("The Flesch–Kincaid grade: the US school year that can read it.") double fleschKincaidGrade,
        @Description("The Flesch reading ease: higher is easier; 60 to 70 is plain English.") double fleschReadingEase,
        @Description("How many words.") int words,
        @Description("How many sentences.") int sentences,
        @Description("How many syllables, counted by vowel groups.") int syllables) {

    static ReadingLevel of(Readability r) {
        return new ReadingLevel(r.fleschKincaidGrade(), r.fleschReadingEase(), r.words(), r.sentences(), r.syllables());
    }

    /** The one line a handout prints. */
    public String describe() {
        return "Flesch–Kincaid grade " + fleschKincaidGrade + ", reading ease " + fleschReadingEase + " (" + words
                + " words)";
    }
}
