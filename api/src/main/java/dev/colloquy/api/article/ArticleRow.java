package dev.colloquy.api.article;

import dev.colloquy.api.ingest.SourceDocumentRow;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One article of the corpus. The row outlives re-imports: a changed source of the same article (see
 * {@code ArticleClaim}) replaces the content below it and bumps {@link #revision}, so the article's id (and
 * its global ID) and its slug stay stable.
 */
@Entity
@Table(name = "article")
public class ArticleRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String originName;
    public int revision;

    public String headline;
    public int headlineStart;
    public int headlineEnd;
    public String standfirst;
    public Integer standfirstStart;
    public Integer standfirstEnd;
    public String publication;
    public String dateline;
    public Integer datelineStart;
    public Integer datelineEnd;
    public LocalDate publishedOn;
    public String transcriptIntro;
    public String sourceUrl;
    /** The byline, when known; the importer finds none yet, so it comes from an editor's correction. */
    public String author;

    // An editor's corrections (correctArticleMetadata). The importer never writes these columns, so they
    // survive a re-import of the article as a new revision and keep overriding what the import found.
    public String correctedHeadline;
    public String correctedAuthor;
    public String correctedPublication;
    public LocalDate correctedPublishedOn;
    public String correctedSourceUrl;
    public String correctedBy;
    public Instant correctedAt;

    /** The source document of the newest revision: every stored span points into its text. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_source_id")
    public SourceDocumentRow currentSource;

    public Instant updatedAt;

    /** The headline as shown and cited: the editor's correction, else the imported one. */
    public String shownHeadline() {
        return correctedHeadline != null ? correctedHeadline : headline;
    }

    public String shownAuthor() {
        return correctedAuthor != null ? correctedAuthor : author;
    }

    public String shownPublication() {
        return correctedPublication != null ? correctedPublication : publication;
    }

    public LocalDate shownPublishedOn() {
        return correctedPublishedOn != null ? correctedPublishedOn : publishedOn;
    }

    public String shownSourceUrl() {
        return correctedSourceUrl != null ? correctedSourceUrl : sourceUrl;
    }

    public static Optional<ArticleRow> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
