package dev.colloquy.api.entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Another entity of the same article, and how many exchanges the two share. */
@Type("RelatedEntity")
@Description("An entity mentioned in the same exchanges as another one, with how many exchanges they share.")
public record RelatedEntity(
        @NonNull @Description("The related entity.") Entity entity,

        @Description("How many exchanges mention both entities.")
        int sharedExchanges) {}
