package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.text.Span;

/**
 * A stretch of text that may name an entity, as the recogniser first sees it.
 *
 * @param surface  the exact source text of the mention
 * @param name     the canonical name, or null while a single word awaits resolution
 * @param type     the type, or null while unresolved (for an unresolved word: the type it is kept with when it
 *                 joins no other name, or null to drop it then)
 * @param alias    the fuller form to remember as an alias ("President Trump"), or null
 * @param evidence what made it a candidate
 */
record Candidate(
        String surface,
        Span span,
        String name,
        EntityType type,
        String alias,
        Evidence evidence,
        boolean titled,
        boolean sentenceStart) {

    enum Evidence {
        /** Listed in the gazetteer or named by the article's metadata. */
        KNOWN,
        /** In the open-data reference lists of software and companies. */
        LISTED,
        /**
         * A listed brand, a company or its product, with no word around it to tell which: the company, unless
         * another mention of it says otherwise.
         */
        BRAND,
        /** A listed brand whose neighbouring words ("on Linux", "at Google") or list of products say which it is. */
        BRAND_IN_CONTEXT,
        /** "President (Dmitry) Medvedev": a given name in brackets before a surname. */
        BRACKETED_GIVEN_NAME,
        /** "Army Tactical Missile System (ATACMS)". */
        ACRONYM_EXPANSION,
        /** A run of capitals ending in a word such as "Council" or "Olympics". */
        KEYWORD,
        /** A word before a known place ("Bayern Munich"), or capitalised words after a title ("President Ada Quist"). */
        NAME_SHAPE,
        /** Found by the statistical name model, with its type. */
        MODEL,
        /** One word spelled like a brand ("GitHub", "TensorFlow"): a product unless it joins another name. */
        WORD_SHAPE,
        /** One listed given name ("Go ahead, Karen"): a person unless it joins a fuller name. */
        GIVEN_NAME,
        /** One capitalised word, to be resolved against the names found elsewhere. */
        SINGLE_WORD
    }

    static Candidate resolved(String surface, Span span, String name, EntityType type, Evidence evidence) {
        return new Candidate(surface, span, name, type, null, evidence, false, false);
    }

    Candidate withAlias(String fullerForm) {
        return new Candidate(surface, span, name, type, fullerForm, evidence, titled, sentenceStart);
    }

    Candidate resolvedTo(String canonical, EntityType resolvedType) {
        return new Candidate(surface, span, canonical, resolvedType, alias, evidence, titled, sentenceStart);
    }

    boolean isResolved() {
        return name != null;
    }

    boolean isAcronymLike() {
        return surface.length() >= 2
                && surface.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
