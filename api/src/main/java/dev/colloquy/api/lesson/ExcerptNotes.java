package dev.colloquy.api.lesson;

import dev.colloquy.api.graphql.Limits;
import dev.colloquy.api.validation.Messages;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a teacher writes on an excerpt; {@link ExcerptService} checks it before anything is changed.
 *
 * @param note                null to leave the note as it is, blank to remove it
 * @param discussionQuestions null to leave the questions as they are
 */
public record ExcerptNotes(
        @Size(max = Limits.NOTE, message = Messages.TOO_LONG)
        String note,

        @Size(max = Limits.QUESTIONS, message = Messages.TOO_MANY)
        List<@Size(max = Limits.QUESTION, message = Messages.TOO_LONG) String> discussionQuestions) {}
