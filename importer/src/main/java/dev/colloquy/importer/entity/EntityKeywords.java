package dev.colloquy.importer.entity;

import dev.colloquy.importer.text.WordList;
import java.util.Set;

/** The words that end names of each kind ("Council", "Olympics", "Missile", "Square"), from resources. */
final class EntityKeywords {

    static final Set<String> ORGANIZATION = WordList.asWritten("/entity/organization-words.txt");
    static final Set<String> EVENT = WordList.asWritten("/entity/event-words.txt");
    static final Set<String> PRODUCT = WordList.asWritten("/entity/product-words.txt");
    static final Set<String> LOCATION = WordList.asWritten("/entity/location-words.txt");

    private EntityKeywords() {}
}
