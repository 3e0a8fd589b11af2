package dev.colloquy.api.lesson;

import dev.colloquy.api.graphql.Limits;
import dev.colloquy.api.validation.Messages;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A word and its meaning, as a teacher sends it; checked with the rest of its {@link Vocabulary}. */
@Input("VocabularyTermInput")
@Description("A word of a vocabulary list and what it means.")
public class VocabularyTermInput {

    @NonNull
    @NotBlank(message = "is blank: every vocabulary term needs a word")
    @Size(max = Limits.WORD, message = Messages.TOO_LONG)
    @Description("The word or phrase, at most 100 characters.")
    public String word;

    @NonNull
    @NotNull
    @Size(max = Limits.DEFINITION, message = Messages.TOO_LONG)
    @Description("What it means, at most 1000 characters.")
    public String definition;
}
