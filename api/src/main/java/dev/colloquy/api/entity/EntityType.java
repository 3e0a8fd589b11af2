package dev.colloquy.api.entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The api's copy of the core entity types: its own so that the schema can describe every value. */
@Enum("EntityType")
@Description("What kind of real-world thing an entity is.")
public enum EntityType {
    @Description("A person.")
    PERSON,
    @Description("A company, government, alliance or other organisation.")
    ORGANIZATION,
    @Description("A country, city or other place.")
    LOCATION,
    @Description("Something that happened: a war, a summit, an election.")
    EVENT,
    @Description("A thing that is made: a weapon system, a device, a publication.")
    PRODUCT,
    @Description("Anything else with a name.")
    OTHER;

    public static EntityType of(dev.colloquy.core.entity.EntityType type) {
        return valueOf(type.name());
    }
}
