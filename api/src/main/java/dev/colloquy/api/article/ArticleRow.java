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

    /** The source document of the newest revision: every stored span points into its text. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_source_id")
    public SourceDocumentRow currentSource;

    public Instant updatedAt;

    public static Optional<ArticleRow> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
