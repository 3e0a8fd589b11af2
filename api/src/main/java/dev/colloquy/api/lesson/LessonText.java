package dev.colloquy.api.lesson;

import dev.colloquy.api.graphql.Limits;
import dev.colloquy.api.validation.Messages;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A lesson's title and introduction as a teacher writes them; {@link LessonService} checks them (Bean
 * Validation) before anything is changed.
 *
 * @param introduction null when the call does not set it (a rename)
 */
public record LessonText(
        @NotBlank(message = "is blank: a lesson needs a title") @Size(max = Limits.TITLE, message = Messages.TOO_LONG)
        String title,

        @Size(max = Limits.NOTE, message = Messages.TOO_LONG)
        String introduction) {

    /** The title without the spaces around it, as it is stored. */
    String strippedTitle() {
        return title.strip();
    }
}
