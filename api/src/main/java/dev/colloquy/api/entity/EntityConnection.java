package dev.colloquy.api.entity;

import dev.colloquy.api.graphql.Connection;
import dev.colloquy.api.graphql.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Names the generic {@link Connection} for the schema. */
@Type("EntityConnection")
@Description("A page of entities, in the Relay connection format.")
public final class EntityConnection extends Connection<Entity, EntityEdge> {

    public EntityConnection(Page<Entity> page) {
        super(page, Entity.TYPE, EntityEdge::new);
    }
}
