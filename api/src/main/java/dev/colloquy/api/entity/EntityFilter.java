package dev.colloquy.api.entity;

import dev.colloquy.api.graphql.Limits;
import dev.colloquy.api.validation.Messages;
import dev.colloquy.api.validation.OneLine;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Narrows a list of entities; every field left out matches everything. */
@Input("EntityFilter")
@Description("Narrows a list of entities; fields left out match every entity.")
public class EntityFilter {

    @Description("Only entities of this type.")
    public EntityType type;

    @Description("Only entities whose name starts with this text, ignoring case.")
    @Size(max = Limits.FILTER_TEXT, message = Messages.TOO_LONG)
    public String namePrefix;

    @Description("Only entities of the article with this slug.")
    @OneLine
    @Size(max = Limits.FILTER_TEXT, message = Messages.TOO_LONG)
    public String articleSlug;
}
