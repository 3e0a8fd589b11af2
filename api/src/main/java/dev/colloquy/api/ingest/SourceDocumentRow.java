package dev.colloquy.api.ingest;

import dev.colloquy.api.article.ArticleRow;
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
import java.util.Optional;

/**
 * A text exactly as imported. Kept for every revision, so that the content hash of any text ever
 * imported is known and importing it again changes nothing.
 */
@Entity
@Table(name = "source_document")
public class SourceDocumentRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public ArticleRow article;

    public int revision;
    public String contentHash;
    public String originName;
    public String sourceUrl;
    public String mediaType;
    public String text;
    public Instant importedAt;

    public static Optional<SourceDocumentRow> findByHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }
}
