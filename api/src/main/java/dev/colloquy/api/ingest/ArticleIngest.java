package dev.colloquy.api.ingest;

import dev.colloquy.api.graphql.LogSafe;
import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.source.Origin;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.ImportOptions;
import dev.colloquy.importer.Importer;
import dev.colloquy.importer.source.SourceDecoder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The one way documents enter the corpus, used by start-up ingestion, the GraphQL mutation and REST.
 * Parsing happens before the transaction opens (it needs no database); storing is one transaction.
 */
@ApplicationScoped
public class ArticleIngest {

    /** The origin name of documents posted without a name. */
    public static final String UNNAMED = "posted document";

    /**
     * How often a store that lost a race is run again. Each round lets at least one of the racing imports
     * commit, so this covers that many imports of one article (or one headline) arriving at the same moment.
     */
    private static final int MAX_ATTEMPTS = 16;

    private static final Logger LOG = Logger.getLogger(ArticleIngest.class);

    private final Importer importer = Importer.standard();

    @Inject
    ArticleStore store;

    @Inject
    Event<ArticleImported> imported;

    /**
     * Imports a document, or returns the earlier import of exactly the same text.
     *
     * @param claim the evidence that the text revises an article already stored
     * @throws ImportFailedException   when the importer cannot make an article of it; nothing is written then
     * @throws ImportConflictException when concurrent imports of the same article kept winning; nothing is written
     */
    public ImportOutcome ingest(byte[] bytes, Origin origin, ArticleClaim claim) {
        SourceDecoder.Decoded decoded;
        try {
            decoded = SourceDecoder.read(bytes, origin);
        } catch (ImportException e) {
            throw new ImportFailedException(e.getMessage(), e);
        }
        SourceDocument document = decoded.document();
        // Known text: answer from the database without parsing again, so restarts stay cheap.
        Optional<ImportOutcome> earlier = store.findImported(document.contentHash());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        long started = System.nanoTime();
        ParsedArticle parsed;
        try {
            // The decoder's warnings (NOT_UTF8) go into the article's, so they are stored and reach the client.
            parsed = importer.pipeline().run(document, ImportOptions.DETECT, decoded.warnings());
        } catch (ImportException e) {
            throw new ImportFailedException(e.getMessage(), e);
        } catch (RuntimeException e) {
            // A bug in the importer must not look like a server error to the client who sent a document, nor
            // show it the exception: the log keeps that.
            LOG.errorf(e, "%s: the importer failed", LogSafe.text(origin.name()));
            throw new ImportFailedException(origin.name() + ": the importer failed on this document", e);
        }
        long parsedAt = System.nanoTime();
        ImportOutcome outcome = storeRetrying(parsed, claim);
        // store() has committed by now: observers read the new content, never a half-written one.
        if (outcome.created()) {
            imported.fire(new ArticleImported(outcome.articleKey(), outcome.revision()));
        }
        LOG.debugf("%s: parsed in %d ms, stored in %d ms", LogSafe.text(origin.name()), (parsedAt - started) / 1_000_000,
                (System.nanoTime() - parsedAt) / 1_000_000);
        return outcome;
    }

    /**
     * Stores the article, running the transaction again when a concurrent import won a race for the same
     * rows: the second run sees the winner's commit, so the same text becomes "already imported", a
     * revision waits its turn, and a new article takes the next free slug.
     */
    private ImportOutcome storeRetrying(ParsedArticle parsed, ArticleClaim claim) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.store(parsed, claim);
            } catch (RuntimeException e) {
                if (!StoreConflicts.isConflict(e)) {
                    throw e;
                }
                if (attempt == MAX_ATTEMPTS) {
                    throw new ImportConflictException("other imports of the same article kept changing it; nothing"
                            + " was written, send the document again", e);
                }
                LOG.debugf("%s: lost a race with a concurrent import (attempt %d), storing again",
                        LogSafe.text(parsed.source().origin().name()), attempt);
            }
        }
    }
}
