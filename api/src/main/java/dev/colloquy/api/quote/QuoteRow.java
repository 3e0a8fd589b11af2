package dev.colloquy.api.quote;

import dev.colloquy.api.article.ArticlePartRow;
import dev.colloquy.api.exchange.ExchangeRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Words attributed to a speaker, with where they sit and, when found, the exchange they render. */
@Entity
@Table(name = "quote")
public class QuoteRow extends ArticlePartRow {

    @Enumerated(EnumType.STRING)
    public QuoteKind kind;

    public String text;
    public int spanStart;
    public int spanEnd;
    public String speaker;
    public String attribution;
    public Integer attributionStart;
    public Integer attributionEnd;

    /** For an EMBEDDED quote: the exchange whose answer it sits in. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "in_exchange_id")
    public ExchangeRow inExchange;

    /** For PULL and NARRATIVE quotes: the exchange whose answer they render, when one does. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_exchange_id")
    public ExchangeRow sourceExchange;

    public String passage;
    public Integer passageStart;
    public Integer passageEnd;
    public Double similarity;
}
