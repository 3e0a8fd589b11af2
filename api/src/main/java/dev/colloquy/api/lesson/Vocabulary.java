package dev.colloquy.api.lesson;

import dev.colloquy.api.graphql.Limits;
import dev.colloquy.api.validation.Messages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A lesson's whole vocabulary list as a teacher sends it; each term is checked too (terms[3].word). */
public record Vocabulary(
        @NotNull @Size(max = Limits.TERMS, message = Messages.TOO_MANY)
        List<@NotNull @Valid VocabularyTermInput> terms) {}
