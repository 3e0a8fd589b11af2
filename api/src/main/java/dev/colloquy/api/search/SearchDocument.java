package dev.colloquy.api.search;

import java.util.List;
import java.util.Set;

/**
 * One searchable text as the index holds it: an exchange, a quote or a lead paragraph.
 *
 * @param key      the database id of the exchange, quote or lead paragraph
 * @param speakers who speaks the text, for the speaker filter
 * @param entities the keys of the entities mentioned in it, for the entity filter
 */
record SearchDocument(
        SearchHitKind kind,
        long key,
        long articleKey,
        String text,
        List<Segment> segments,
        Set<String> speakers,
        Set<Long> entities) {}
