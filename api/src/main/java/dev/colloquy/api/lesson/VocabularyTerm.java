package dev.colloquy.api.lesson;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A word of a lesson's vocabulary list. */
@Type("VocabularyTerm")
@Description("A word of a lesson's vocabulary list and what it means.")
public record VocabularyTerm(
        @NonNull @Description("The word or phrase.") String word,

        @NonNull @Description("What it means, in the teacher's words.")
        String definition) {}
