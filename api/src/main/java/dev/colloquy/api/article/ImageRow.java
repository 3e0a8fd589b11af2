package dev.colloquy.api.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A picture on the page, known by its caption and credit lines and where it sits in the transcript. */
@Entity
@Table(name = "image")
public class ImageRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public ArticleRow article;

    public int position;
    public String caption;
    public Integer captionStart;
    public Integer captionEnd;
    public String credit;
    public Integer creditStart;
    public Integer creditEnd;
    public int placedAfterExchange;
}
