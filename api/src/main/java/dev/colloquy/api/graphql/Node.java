package dev.colloquy.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay's object identification: anything with an id that {@code node(id:)} can fetch again. */
@Interface("Node")
@Description("Anything with a stable, opaque global ID, which node(id:) resolves.")
public interface Node {

    @Id
    @NonNull
    @Description("The global ID: opaque, stable, and resolvable by node(id:).")
    String getId();
}
