package dev.colloquy.api.ingest;

import dev.colloquy.core.source.ImportWarning;
import java.util.List;

/**
 * What one import did.
 *
 * @param created  true when this text had not been imported before (a new article or a new revision)
 * @param revision the article's revision after the import
 */
public record ImportOutcome(
        long articleKey, String slug, int revision, boolean created, int exchangeCount, List<ImportWarning> warnings) {}
