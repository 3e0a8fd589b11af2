package dev.colloquy.api.article;

import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.NotFoundException;
import dev.colloquy.api.ingest.ArticleChanges;
import dev.colloquy.api.security.Caller;
import dev.colloquy.api.security.Roles;
import dev.colloquy.api.validation.Inputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Editors' corrections of what the import read wrong in an article's metadata. They are kept beside the
 * imported values, never over them, so that a re-import keeps them; the input is checked (Bean Validation)
 * before anything is looked up.
 */
@ApplicationScoped
public class ArticleCorrections {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Inputs inputs;

    @Inject
    ArticleChanges changes;

    @Transactional
    public Article correct(CorrectArticleMetadataInput input) {
        String editor = caller.require(Roles.EDITOR);
        inputs.valid("input", input);
        long key = GlobalId.parse(input.articleId, Article.TYPE);
        // Locked like an import's revision, so a correction and a re-import of one article do not interleave.
        ArticleRow row = em.find(ArticleRow.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new NotFoundException("no article with ID " + input.articleId);
        }
        row.correctedPublishedOn = input.publishedOn == null ? row.correctedPublishedOn : input.date();
        row.correctedSourceUrl = corrected(input.sourceUrl, row.correctedSourceUrl);
        row.correctedAuthor = corrected(input.author, row.correctedAuthor);
        row.correctedPublication = corrected(input.publication, row.correctedPublication);
        row.correctedHeadline = corrected(input.headline, row.correctedHeadline);
        row.correctedBy = editor;
        row.correctedAt = Instant.now();
        // A change of the log like an import's: cached reads and other instances learn of it as of an import.
        changes.record(row.id);
        return Article.of(row);
    }

    /** Left out: the old correction stays; empty: none; otherwise the new value, without outer spaces. */
    private static String corrected(String value, String old) {
        if (value == null) {
            return old;
        }
        return value.isBlank() ? null : value.strip();
    }
}
