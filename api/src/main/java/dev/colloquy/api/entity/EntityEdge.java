package dev.colloquy.api.entity;

import dev.colloquy.api.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Names the generic {@link Edge} for the schema. */
@Type("EntityEdge")
@Description("One of entities with its cursor.")
public final class EntityEdge extends Edge<Entity> {

    EntityEdge(String cursor, Entity node) {
        super(cursor, node);
    }
}
