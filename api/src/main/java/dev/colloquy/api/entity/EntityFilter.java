package dev.colloquy.api.entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Narrows a list of entities; every field left out matches everything. */
@Input("EntityFilter")
@Description("Narrows a list of entities; fields left out match every entity.")
public class EntityFilter {

    @Description("Only entities of this type.")
    public EntityType type;

    @Description("Only entities whose name starts with this text, ignoring case.")
    public String namePrefix;

    @Description("Only entities of the article with this slug.")
    public String articleSlug;
}
