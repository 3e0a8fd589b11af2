package dev.colloquy.core.quote;

/** How a quote appears on the page. */
public enum QuoteKind {
    /** Set apart by the page layout, usually with an attribution line. */
    PULL,
    /** Quoted in the article's own prose. */
    NARRATIVE,
    /** Quoted by a speaker inside an answer: one person reporting another's words. */
    EMBEDDED
}
