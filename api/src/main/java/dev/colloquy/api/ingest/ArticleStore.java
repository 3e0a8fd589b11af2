package dev.colloquy.api.ingest;

import dev.colloquy.api.article.ArticleRow;
import dev.colloquy.api.article.ImageRow;
import dev.colloquy.api.article.LeadParagraphRow;
import dev.colloquy.api.entity.EntityType;
import dev.colloquy.api.entity.MentionRow;
import dev.colloquy.api.entity.NamedEntityRow;
import dev.colloquy.api.exchange.ExchangeRow;
import dev.colloquy.api.exchange.TurnParagraphRow;
import dev.colloquy.api.exchange.TurnParagraphRow.Side;
import dev.colloquy.api.graphql.NotFoundException;
import dev.colloquy.api.interview.InterviewRow;
import dev.colloquy.api.quote.QuoteKind;
import dev.colloquy.api.quote.QuoteRow;
import dev.colloquy.core.article.Article;
import dev.colloquy.core.article.Image;
import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.entity.Entity;
import dev.colloquy.core.entity.Mention;
import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.exchange.Turn;
import dev.colloquy.core.interview.Interview;
import dev.colloquy.core.quote.Quote;
import dev.colloquy.core.source.ImportWarning;
import dev.colloquy.core.source.Origin;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.core.text.SpannedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a parsed article in one transaction: either all of it lands, or nothing does.
 * A text already stored (same content hash) is not written again. A changed text replaces an article's
 * content as a new revision only on evidence that it is the same article (see {@link ArticleClaim}): the
 * article named by the caller, the same source URL, or the same corpus file name. Anything else is a new
 * article, under its headline's slug or, when another article has that slug, the slug with -2, -3….
 */
@ApplicationScoped
public class ArticleStore {

    @Inject
    EntityManager em;

    @Inject
    ArticleChanges changes;

    /** The outcome of an earlier import of exactly this text, if there was one. */
    @Transactional
    public Optional<ImportOutcome> findImported(String contentHash) {
        return SourceDocumentRow.findByHash(contentHash).map(this::outcomeOf);
    }

    /** The content hash of every text ever imported: the start-up import skips these without a query each. */
    @Transactional
    public Set<String> importedHashes() {
        return new HashSet<>(em.createQuery("select d.contentHash from SourceDocumentRow d", String.class)
                .getResultList());
    }

    /**
     * Stores the article. Concurrent imports may make this fail with a unique-key violation or a lock
     * timeout, after which nothing is written; {@link ImportService} runs it again.
     *
     * @throws NotFoundException when the claim names an article that does not exist
     */
    @Transactional
    public ImportOutcome store(ParsedArticle parsed, ArticleClaim claim) {
        SourceDocument source = parsed.source();
        Optional<ImportOutcome> earlier = findImported(source.contentHash());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ArticleRow row = revisedArticle(claim, source.origin()).orElse(null);
        if (row == null) {
            row = new ArticleRow();
            row.revision = 1;
            row.slug = freeSlug(parsed.article().slug());
        } else {
            deleteContent(row);
            row.revision++;
        }
        writeArticle(row, parsed.article(), source);
        SourceDocumentRow document = writeSource(row, source, parsed.warnings());
        row.currentSource = document;
        writeContent(row, parsed);
        em.flush();
        // Last, so that the clock's row lock, which orders the changes of concurrent imports, is held briefly.
        changes.record(row.id);
        return new ImportOutcome(
                row.id,
                row.slug,
                row.revision,
                true,
                parsed.interview().exchanges().size(),
                parsed.warnings());
    }

    /**
     * The article this text revises, locked until this transaction ends: a concurrent revision of the same
     * article waits here and then reads the revision number this one wrote.
     */
    private Optional<ArticleRow> revisedArticle(ArticleClaim claim, Origin origin) {
        if (claim.revises() != null) {
            return Optional.of(lockedArticle("id", claim.revises())
                    .orElseThrow(() -> new NotFoundException("no article with ID " + claim.revisesId())));
        }
        Optional<ArticleRow> sameUrl =
                origin.sourceUrl() == null ? Optional.empty() : lockedArticle("sourceUrl", origin.sourceUrl());
        if (sameUrl.isPresent() || !claim.originNameIdentifies()) {
            return sameUrl;
        }
        return lockedArticle("originName", origin.name());
    }

    /** The oldest article with this value, locked; the oldest, should two share a source URL. */
    private Optional<ArticleRow> lockedArticle(String field, Object value) {
        return ArticleRow.<ArticleRow>find(field + " = ?1 order by id", value)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * The headline's slug when no article has it, else the first free of slug-2, slug-3…. Two imports may
     * pick the same one at once; the unique constraint on the slug then fails the later, which tries again.
     */
    private String freeSlug(String base) {
        Set<String> taken = new HashSet<>(em.createQuery(
                        "select a.slug from ArticleRow a where a.slug = :base or a.slug like :numbered", String.class)
                .setParameter("base", base)
                .setParameter("numbered", base + "-%")
                .getResultList());
        String slug = base;
        for (int n = 2; taken.contains(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private ImportOutcome outcomeOf(SourceDocumentRow document) {
        ArticleRow article = document.article;
        long exchanges = ExchangeRow.count("interview.article.id", article.id);
        List<ImportWarning> warnings =
                ImportWarningRow.<ImportWarningRow>list("sourceDocument.id = ?1 order by id", document.id).stream()
                        .map(w -> new ImportWarning(w.code, w.message, w.line))
                        .toList();
        return new ImportOutcome(article.id, article.slug, article.revision, false, (int) exchanges, warnings);
    }

    /** Writes the article's fields; the slug stays what it was, so links to the article keep working. */
    private void writeArticle(ArticleRow row, Article article, SourceDocument source) {
        row.originName = source.origin().name();
        row.headline = article.headline().text();
        row.headlineStart = article.headline().start();
        row.headlineEnd = article.headline().end();
        row.standfirst = text(article.standfirst());
        row.standfirstStart = start(article.standfirst());
        row.standfirstEnd = end(article.standfirst());
        row.publication = article.publication();
        row.dateline = text(article.dateline());
        row.datelineStart = start(article.dateline());
        row.datelineEnd = end(article.dateline());
        row.publishedOn = article.publishedOn();
        row.transcriptIntro = text(article.transcriptIntro());
        if (source.origin().sourceUrl() != null) {
            row.sourceUrl = source.origin().sourceUrl();
        }
        row.updatedAt = Instant.now();
        row.persist();
    }

    private SourceDocumentRow writeSource(ArticleRow article, SourceDocument source, List<ImportWarning> warnings) {
        SourceDocumentRow row = new SourceDocumentRow();
        row.article = article;
        row.revision = article.revision;
        row.contentHash = source.contentHash();
        row.originName = source.origin().name();
        row.sourceUrl = source.origin().sourceUrl();
        row.mediaType = source.origin().mediaType();
        row.text = source.text();
        row.importedAt = Instant.now();
        row.persist();
        for (ImportWarning warning : warnings) {
            ImportWarningRow w = new ImportWarningRow();
            w.sourceDocument = row;
            w.code = warning.code();
            w.message = warning.message();
            w.line = warning.line();
            w.persist();
        }
        return row;
    }

    private void writeContent(ArticleRow article, ParsedArticle parsed) {
        int position = 0;
        for (SpannedText paragraph : parsed.article().leadParagraphs()) {
            LeadParagraphRow row = new LeadParagraphRow();
            row.article = article;
            row.position = position++;
            row.text = paragraph.text();
            row.spanStart = paragraph.start();
            row.spanEnd = paragraph.end();
            row.persist();
        }
        position = 0;
        for (Image image : parsed.article().images()) {
            ImageRow row = new ImageRow();
            row.article = article;
            row.position = position++;
            row.caption = text(image.caption());
            row.captionStart = start(image.caption());
            row.captionEnd = end(image.caption());
            row.credit = text(image.credit());
            row.creditStart = start(image.credit());
            row.creditEnd = end(image.credit());
            row.placedAfterExchange = image.placedAfterExchange();
            row.persist();
        }
        List<ExchangeRow> exchanges = writeInterview(article, parsed.interview());
        writeQuotes(article, parsed.quotes(), exchanges);
        writeEntities(article, parsed.entities(), exchanges);
    }

    /** Writes the interview and its exchanges in ordinal order; returns them indexed by ordinal - 1. */
    private List<ExchangeRow> writeInterview(ArticleRow article, Interview interview) {
        InterviewRow row = new InterviewRow();
        row.article = article;
        if (interview.interviewer() != null) {
            row.interviewerName = interview.interviewer().name();
            row.interviewerRole = interview.interviewer().role();
        }
        row.intervieweeName = interview.interviewee().name();
        row.intervieweeRole = interview.interviewee().role();
        row.persist();
        List<ExchangeRow> exchanges = new ArrayList<>();
        for (Exchange exchange : interview.exchanges()) {
            ExchangeRow e = new ExchangeRow();
            e.interview = row;
            e.ordinal = exchange.ordinal();
            e.questionText = exchange.question().text();
            e.answerText = exchange.answer().text();
            e.confidence = exchange.confidence();
            e.spanStart = exchange.span().start();
            e.spanEnd = exchange.span().end();
            e.persist();
            writeTurn(e, Side.QUESTION, exchange.question());
            writeTurn(e, Side.ANSWER, exchange.answer());
            exchanges.add(e);
        }
        return exchanges;
    }

    private void writeTurn(ExchangeRow exchange, Side side, Turn turn) {
        int position = 0;
        for (SpannedText paragraph : turn.paragraphs()) {
            TurnParagraphRow row = new TurnParagraphRow();
            row.exchange = exchange;
            row.side = side;
            row.position = position++;
            row.text = paragraph.text();
            row.spanStart = paragraph.start();
            row.spanEnd = paragraph.end();
            row.persist();
        }
    }

    private void writeQuotes(ArticleRow article, List<Quote> quotes, List<ExchangeRow> exchanges) {
        int position = 0;
        for (Quote quote : quotes) {
            QuoteRow row = new QuoteRow();
            row.article = article;
            row.position = position++;
            row.kind = QuoteKind.of(quote.kind());
            row.text = quote.text().text();
            row.spanStart = quote.text().start();
            row.spanEnd = quote.text().end();
            row.speaker = quote.speaker();
            row.attribution = text(quote.attribution());
            row.attributionStart = start(quote.attribution());
            row.attributionEnd = end(quote.attribution());
            row.inExchange = exchangeAt(exchanges, quote.exchange());
            if (quote.source() != null) {
                row.sourceExchange = exchangeAt(exchanges, quote.source().exchange());
                row.passage = quote.source().passage().text();
                row.passageStart = quote.source().passage().start();
                row.passageEnd = quote.source().passage().end();
                row.similarity = quote.source().similarity();
            }
            row.persist();
        }
    }

    private void writeEntities(ArticleRow article, List<Entity> entities, List<ExchangeRow> exchanges) {
        int position = 0;
        for (Entity entity : entities) {
            NamedEntityRow row = new NamedEntityRow();
            row.article = article;
            row.position = position++;
            row.name = entity.name();
            row.type = EntityType.of(entity.type());
            row.setAliasList(entity.aliases());
            row.persist();
            for (Mention mention : entity.mentions()) {
                MentionRow m = new MentionRow();
                m.entity = row;
                m.exchange = exchangeAt(exchanges, mention.exchange());
                m.text = mention.text().text();
                m.spanStart = mention.text().start();
                m.spanEnd = mention.text().end();
                m.persist();
            }
        }
    }

    /** Removes what the previous revision stored under the article; its source documents stay. */
    private void deleteContent(ArticleRow article) {
        long id = article.id;
        String exchangesOfArticle = "(select e.id from ExchangeRow e where e.interview.article.id = :article)";
        bulk(
                "delete from MentionRow m where m.entity.id in (select n.id from NamedEntityRow n where n.article.id = :article)",
                id);
        bulk("delete from NamedEntityRow n where n.article.id = :article", id);
        bulk("delete from QuoteRow q where q.article.id = :article", id);
        bulk("delete from TurnParagraphRow p where p.exchange.id in " + exchangesOfArticle, id);
        bulk(
                "delete from ExchangeRow e where e.interview.id in (select i.id from InterviewRow i where i.article.id = :article)",
                id);
        bulk("delete from InterviewRow i where i.article.id = :article", id);
        bulk("delete from ImageRow i where i.article.id = :article", id);
        bulk("delete from LeadParagraphRow p where p.article.id = :article", id);
    }

    private void bulk(String statement, long articleId) {
        em.createQuery(statement).setParameter("article", articleId).executeUpdate();
    }

    private static ExchangeRow exchangeAt(List<ExchangeRow> exchanges, Integer ordinal) {
        return ordinal == null ? null : exchanges.get(ordinal - 1);
    }

    private static String text(SpannedText piece) {
        return piece == null ? null : piece.text();
    }

    private static Integer start(SpannedText piece) {
        return piece == null ? null : piece.start();
    }

    private static Integer end(SpannedText piece) {
        return piece == null ? null : piece.end();
    }
}
