package dev.colloquy.api.exchange;

import dev.colloquy.api.article.Paragraph;
import dev.colloquy.api.interview.Speaker;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One side of an exchange. */
@Type("Turn")
@Description("What one side says between two changes of speaker: one or more paragraphs in source order.")
public record Turn(
        @Description("Who speaks: the interviewer for a question, the interviewee for an answer, when known.")
        Speaker speaker,

        @NonNull @Description("The whole turn, its paragraphs joined by a blank line.")
        String text,

        @NonNull @Description("The paragraphs of the turn, with their offsets into the source text.")
        List<@NonNull Paragraph> paragraphs) {

    static Turn of(Speaker speaker, List<Paragraph> paragraphs) {
        return new Turn(
                speaker, paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n\n")), paragraphs);
    }
}
