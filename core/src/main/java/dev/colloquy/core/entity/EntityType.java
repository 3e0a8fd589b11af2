package dev.colloquy.core.entity;

/** What kind of real-world thing an entity is. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    EVENT,
    PRODUCT,
    OTHER
}
