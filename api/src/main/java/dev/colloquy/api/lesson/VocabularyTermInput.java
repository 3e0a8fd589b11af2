package dev.colloquy.api.lesson;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A word and its meaning, as a teacher sends it. */
@Input("VocabularyTermInput")
@Description("A word of a vocabulary list and what it means.")
public class VocabularyTermInput {

    @NonNull
    @Description("The word or phrase.")
    public String word;

    @NonNull
    @Description("What it means.")
    public String definition;
}
