package dev.colloquy.api.ingest;

import dev.colloquy.api.graphql.LogSafe;
import dev.colloquy.api.validation.Inputs;
import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.source.ImportWarning;
import dev.colloquy.core.source.Origin;
import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.Importer;
import dev.colloquy.importer.source.SourceDecoder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The one way documents enter the corpus, used by start-up ingestion, the GraphQL mutation and REST. The
 * importer reads the document (decoding, format detection, its warnings) and parses it; this service adds
 * the rules of the corpus: a known text is the earlier import, a strict import refuses warnings, and storing
 * is one transaction, run again when a concurrent import won a race.
 */
@ApplicationScoped
public class ImportService {

    /** The origin name of documents posted without a name. */
    public static final String UNNAMED = "posted document";

    /**
     * How often a store that lost a race is run again. Each round lets at least one of the racing imports
     * commit, so this covers that many imports of one article (or one headline) arriving at the same moment.
     */
    private static final int MAX_ATTEMPTS = 16;

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    /**
     * Built on first use rather than with the bean: building it loads the name model and every word list, seconds
     * on a loaded machine, and a restart that finds every file known parses nothing, so readiness must not wait
     * for it. An instance that only serves reads never loads the model at all; the first import pays the build.
     */
    private volatile Importer importer;

    @Inject
    ArticleStore store;

    @Inject
    Event<ArticleImported> imported;

    @Inject
    Inputs inputs;

    /**
     * Imports a document a client posted, or returns the earlier import of exactly the same text.
     *
     * @throws dev.colloquy.api.graphql.BadUserInputException for a command over its limits, naming the field
     * @throws ImportFailedException   when the importer cannot make an article of it; nothing is written then
     * @throws ImportUnsureException   when the import is strict and the importer was unsure of something
     * @throws ImportConflictException when concurrent imports of the same article kept winning; nothing is written
     */
    public ImportOutcome importDocument(ImportCommand command) {
        inputs.valid(command);
        ArticleClaim claim = ArticleClaim.posted(command.revises());
        String name = command.name() == null || command.name().isBlank() ? UNNAMED : command.name();
        Origin origin = new Origin(name, command.sourceUrl(), command.mediaType());
        SourceDecoder.Decoded read = command.text() != null
                ? attempt(origin, () -> SourceDecoder.read(command.text(), origin))
                : attempt(origin, () -> SourceDecoder.read(command.body(), origin));
        return ingest(read, claim, command.settings());
    }

    /**
     * Reads a file of the corpus (decodes and hashes it) without parsing it, so that the start-up import can skip a
     * text it knows before paying for the parse.
     *
     * @throws ImportFailedException when the file is no text the importer reads (empty, binary, too large)
     */
    public SourceDecoder.Decoded readCorpusFile(String name, byte[] bytes) {
        Origin origin = new Origin(name, null, null);
        return attempt(origin, () -> SourceDecoder.read(bytes, origin));
    }

    /** Imports a file of the corpus (folder or shipped sample); an edited file revises the article made from it. */
    public ImportOutcome importCorpusFile(SourceDecoder.Decoded read) {
        return ingest(read, ArticleClaim.CORPUS_FILE, ImportSettings.DETECT);
    }

    /** A corpus file parsed ahead of storing it: the article, or why the importer could not make one. */
    public record ParsedFile(SourceDecoder.Decoded read, ParsedArticle article, ImportFailedException failure) {}

    private Importer importer() {
        Importer built = importer;
        if (built == null) {
            synchronized (this) {
                built = importer;
                if (built == null) {
                    built = Importer.standard();
                    importer = built;
                }
            }
        }
        return built;
    }

    /**
     * Parses a file of the corpus without touching the database: the part of {@link #importCorpusFile} that the
     * start-up import runs on every core, before {@link #storeCorpusFile} stores the files one by one.
     */
    public ParsedFile parseCorpusFile(SourceDecoder.Decoded read) {
        try {
            return new ParsedFile(
                    read,
                    attempt(
                            read.document().origin(),
                            () -> importer().parse(read, ImportSettings.DETECT.importerOptions())),
                    null);
        } catch (ImportFailedException e) {
            return new ParsedFile(read, null, e);
        }
    }

    /**
     * Stores a file of the corpus that {@link #parseCorpusFile} parsed, in one transaction, with the outcome
     * {@link #importCorpusFile} would have had: a text the database knows by now is the earlier import, and a file
     * the importer could not read fails with its reason.
     *
     * @throws ImportFailedException when the importer could not make an article of it
     */
    public ImportOutcome storeCorpusFile(ParsedFile parsed) {
        return ingest(parsed.read(), ArticleClaim.CORPUS_FILE, ImportSettings.DETECT, settings -> {
            if (parsed.failure() != null) {
                throw parsed.failure();
            }
            return parsed.article();
        });
    }

    private ImportOutcome ingest(SourceDecoder.Decoded read, ArticleClaim claim, ImportSettings settings) {
        return ingest(
                read,
                claim,
                settings,
                chosen -> attempt(read.document().origin(), () -> importer().parse(read, chosen.importerOptions())));
    }

    /** How an import gets its article: parsed now, or parsed earlier on another thread. */
    @FunctionalInterface
    private interface Parse {
        ParsedArticle article(ImportSettings settings);
    }

    private ImportOutcome ingest(SourceDecoder.Decoded read, ArticleClaim claim, ImportSettings settings, Parse parse) {
        String name = read.document().origin().name();
        // Known text: answer from the database without parsing again, so restarts stay cheap.
        Optional<ImportOutcome> earlier = store.findImported(read.document().contentHash());
        if (earlier.isPresent()) {
            return strict(earlier.get().warnings(), settings, name, earlier.get());
        }
        long started = System.nanoTime();
        ParsedArticle parsed = parse.article(settings);
        strict(parsed.warnings(), settings, name, null);
        long parsedAt = System.nanoTime();
        ImportOutcome outcome = storeRetrying(parsed, claim);
        // store() has committed by now: observers read the new content, never a half-written one.
        if (outcome.created()) {
            imported.fire(new ArticleImported(outcome.articleKey(), outcome.revision()));
        }
        LOG.debugf(
                "%s: parsed in %d ms, stored in %d ms",
                LogSafe.text(name), (parsedAt - started) / 1_000_000, (System.nanoTime() - parsedAt) / 1_000_000);
        return outcome;
    }

    /** The value, when the document passes a strict import (or the import is not strict). */
    private static <T> T strict(List<ImportWarning> warnings, ImportSettings settings, String name, T value) {
        if (settings.strict() && !warnings.isEmpty()) {
            ImportWarning first = warnings.get(0);
            throw new ImportUnsureException(name + ": refused under strict: the importer was unsure of "
                    + warnings.size() + " thing" + (warnings.size() == 1 ? "" : "s") + ", the first at line "
                    + first.line() + ": " + first.code() + ": " + first.message());
        }
        return value;
    }

    /** A step of the importer; its refusals become IMPORT_FAILED, its defects too, without their details. */
    private static <T> T attempt(Origin origin, ImporterStep<T> step) {
        try {
            return step.run();
        } catch (ImportException e) {
            if (e.isDefect()) {
                // The one place an unexpected exception of the importer is wrapped: a bug must not look like a
                // server error to the client who sent a document, nor show it the exception; the log keeps that.
                LOG.errorf(e.getCause(), "%s: the importer failed", LogSafe.text(origin.name()));
                throw new ImportFailedException(origin.name() + ": the importer failed on this document", e);
            }
            throw new ImportFailedException(e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface ImporterStep<T> {
        T run() throws ImportException;
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
                    throw new ImportConflictException(
                            "other imports of the same article kept changing it; nothing"
                                    + " was written, send the document again",
                            e);
                }
                LOG.debugf(
                        "%s: lost a race with a concurrent import (attempt %d), storing again",
                        LogSafe.text(parsed.source().origin().name()), attempt);
            }
        }
    }
}
