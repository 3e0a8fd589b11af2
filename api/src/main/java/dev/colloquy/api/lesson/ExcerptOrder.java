package dev.colloquy.api.lesson;

import dev.colloquy.api.graphql.Limits;
import dev.colloquy.api.validation.Messages;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A lesson's excerpts in the order the teacher wants them; {@link ExcerptService} checks it first. */
public record ExcerptOrder(
        @NotNull @Size(max = Limits.EXCERPT_IDS, message = Messages.TOO_MANY)
        List<@NotNull String> excerptIds) {}
