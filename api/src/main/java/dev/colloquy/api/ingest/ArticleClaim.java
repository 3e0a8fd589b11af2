package dev.colloquy.api.ingest;

import dev.colloquy.api.article.Article;
import dev.colloquy.api.graphql.GlobalId;

/**
 * The evidence, besides the source URL, that a text is a new revision of an article already stored.
 * A headline is no such evidence: different articles share headlines ("Press Briefing by …"), so a text
 * without evidence always becomes an article of its own.
 *
 * @param revises              the key of the article the caller names as the one this text revises, or null
 * @param originNameIdentifies true for files of the corpus folder (and the shipped sample), whose file name
 *                             stays the same when the file is edited; false for posted documents, whose
 *                             names are free labels that different clients may reuse
 */
public record ArticleClaim(Long revises, boolean originNameIdentifies) {

    /** A file of the corpus: an edited file replaces the article made from it before. */
    public static final ArticleClaim CORPUS_FILE = new ArticleClaim(null, true);

    /**
     * A document posted to the API, with the global ID of the article it revises when the caller names one.
     *
     * @throws dev.colloquy.api.graphql.BadUserInputException when revises is not an article's ID
     */
    public static ArticleClaim posted(String revises) {
        return new ArticleClaim(
                revises == null || revises.isBlank() ? null : GlobalId.parse(revises, Article.TYPE), false);
    }

    /** The global ID of the article named by the caller, for messages. */
    String revisesId() {
        return GlobalId.of(Article.TYPE, revises);
    }
}
