package dev.colloquy.api.ingest;

/**
 * Fired after an import's transaction has committed with new content (a new article or a new revision),
 * so that derived views such as the search index can refresh that article from the database.
 */
public record ArticleImported(long articleKey, int revision) {}
