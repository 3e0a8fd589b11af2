package dev.colloquy.api.article;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A paragraph of the article's own prose before the transcript, with its span in the source. */
@Entity
@Table(name = "lead_paragraph")
public class LeadParagraphRow extends ArticlePartRow {

    public String text;
    public int spanStart;
    public int spanEnd;
}
