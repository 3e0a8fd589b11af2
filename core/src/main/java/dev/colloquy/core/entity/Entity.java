package dev.colloquy.core.entity;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation, place, event or product the article mentions.
 *
 * @param name     the fullest form the article uses
 * @param aliases  the other surface forms that refer to it ("Rutte", "Mr. Rutte")
 * @param mentions every occurrence, in source order
 */
public record Entity(String name, EntityType type, List<String> aliases, List<Mention> mentions) {

    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        if (name.isBlank()) {
            throw new IllegalArgumentException("an entity needs a name");
        }
    }
}
