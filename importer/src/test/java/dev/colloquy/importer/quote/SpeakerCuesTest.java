package dev.colloquy.importer.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.entity.Entity;
import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.entity.Mention;
import dev.colloquy.core.text.Span;
import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.TestDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerCuesTest {

    private static final String SAMPLE = TestDocuments.sampleText();

    /** The lead's first quote: “It is our duty …,” Rutte said. */
    private static Span dutyQuote() {
        int start = SAMPLE.indexOf("It is our duty");
        return new Span(start, SAMPLE.indexOf('”', start));
    }

    private static Span paragraphOf(Span quote) {
        int start = SAMPLE.lastIndexOf("\n\n", quote.start()) + 2;
        return new Span(start, SAMPLE.indexOf("\n\n", quote.end()));
    }

    private static Entity person(String name, String firstMention) {
        int at = SAMPLE.indexOf(firstMention);
        SpannedText mention = SpannedText.cut(SAMPLE, new Span(at, at + firstMention.length()));
        return new Entity(name, EntityType.PERSON, List.of(), List.of(new Mention(mention, null)));
    }

    @Test
    void aSurnameAloneNamesThePersonWhoseFullNameHoldsIt() {
        // the entity stage linked only the full name: "Rutte said" still names him
        SpeakerCues cues = new SpeakerCues(SAMPLE, List.of(person("Mark Rutte", "Mark Rutte")));
        Span quote = dutyQuote();

        SpeakerCues.Cue cue =
                cues.cueOf(quote, paragraphOf(quote), paragraphOf(quote).start());

        assertThat(cue.voice()).isEqualTo(SpeakerCues.Voice.PERSON);
        assertThat(cue.speaker()).isEqualTo("Mark Rutte");
    }

    @Test
    void aSurnameTwoPeopleShareNamesNeitherOfThem() {
        SpeakerCues cues = new SpeakerCues(
                SAMPLE, List.of(person("Mark Rutte", "Mark Rutte"), person("Donald Rutte", "Donald Trump")));
        Span quote = dutyQuote();

        SpeakerCues.Cue cue =
                cues.cueOf(quote, paragraphOf(quote), paragraphOf(quote).start());

        assertThat(cue.voice()).as("cued, but no guess between the two").isEqualTo(SpeakerCues.Voice.UNNAMED);
    }
}
