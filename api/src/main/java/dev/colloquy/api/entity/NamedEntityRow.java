package dev.colloquy.api.entity;

import dev.colloquy.api.article.ArticlePartRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * A person, organisation, place, event or product one article mentions. Named "NamedEntity" so it is
 * not mistaken for a JPA entity.
 */
@Entity
@Table(name = "named_entity")
public class NamedEntityRow extends ArticlePartRow {

    /** Aliases are stored in one column, one per line: they are only ever read whole, with the entity. */
    static final String ALIAS_SEPARATOR = "\n";

    public String name;

    @Enumerated(EnumType.STRING)
    public EntityType type;

    public String aliases;

    public List<String> aliasList() {
        return aliases == null || aliases.isEmpty() ? List.of() : Arrays.asList(aliases.split(ALIAS_SEPARATOR));
    }

    public void setAliasList(List<String> list) {
        aliases = String.join(ALIAS_SEPARATOR, list);
    }
}
