package dev.colloquy.api.lesson;

import dev.colloquy.api.graphql.BadUserInputException;
import dev.colloquy.api.graphql.Limits;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A word and its meaning, as a teacher sends it. */
@Input("VocabularyTermInput")
@Description("A word of a vocabulary list and what it means.")
public class VocabularyTermInput {

    @NonNull
    @Description("The word or phrase, at most 100 characters.")
    public String word;

    @NonNull
    @Description("What it means, at most 1000 characters.")
    public String definition;

    /** Refuses a missing or overlong word or definition with BAD_USER_INPUT naming the term (e.g. terms[3].word). */
    void check(String field) {
        if (word == null || word.isBlank()) {
            throw new BadUserInputException(field + ".word: every vocabulary term needs a word");
        }
        Limits.text(field + ".word", word.strip(), Limits.WORD);
        Limits.text(field + ".definition", definition, Limits.DEFINITION);
    }
}
