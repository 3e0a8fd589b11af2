package dev.colloquy.api.article;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A picture on the page, known by its caption and credit lines and where it sits in the transcript. */
@Entity
@Table(name = "image")
public class ImageRow extends ArticlePartRow {

    public String caption;
    public Integer captionStart;
    public Integer captionEnd;
    public String credit;
    public Integer creditStart;
    public Integer creditEnd;
    public int placedAfterExchange;
}
