package dev.colloquy.api.search;

import java.util.Set;

/**
 * A checked search request for the index: the words as typed and the filters, each null when unused.
 *
 * @param speaker a speaker's name, matched without regard to case
 */
record SearchQuery(String text, Long articleKey, String speaker, Long entityKey, Set<SearchHitKind> kinds) {}
