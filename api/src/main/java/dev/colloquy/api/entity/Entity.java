package dev.colloquy.api.entity;

import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.Node;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A named thing an article mentions; counts and lists are resolved by {@link EntityGraph}. */
@Type("Entity")
@Description("A person, organisation, place, event or product that an article mentions.")
public record Entity(
        @Ignore long key,
        @Ignore long articleKey,

        @NonNull @Description("The fullest form of the name the article uses.")
        String name,

        @NonNull @Description("What kind of thing it is.") EntityType type,

        @NonNull @Description("The other surface forms that refer to it, e.g. \"Rutte\" for \"Mark Rutte\".")
        List<@NonNull String> aliases)
        implements Node {

    public static final String TYPE = "Entity";

    public static Entity of(NamedEntityRow row) {
        return new Entity(row.id, row.article.id, row.name, row.type, row.aliasList());
    }

    @Override
    @Id
    @NonNull
    @Description("The global ID: opaque, stable, and resolvable by node(id:).")
    public String getId() {
        return GlobalId.of(TYPE, key);
    }
}
