package dev.colloquy.importer.document;

/**
 * What a stage can know about the document, each backed by fields of {@link WorkingDocument} that one stage
 * writes. Stages declare the facts they require and provide, so that the pipeline can check their order when
 * it is built and a test can check that each stage touches only what it declares.
 */
public enum Fact {
    /** The YAML header of a text or Markdown file and what it declares (title, people, date, address). */
    FRONT_MATTER,
    /** Plain text, Markdown or HTML. */
    FORMAT,
    /** The blocks cut from the source; their kinds are claims, declared apart (see {@code Stage.claims()}). */
    BLOCKS,
    /** What an HTML page's markup and metadata suggest: publication, author, date, address, title, figures, blockquotes. */
    HTML_HINTS,
    /** The layout's turn labels, the names they stand for, and whom they suggest as interviewee and interviewer. */
    TURN_LABELS,
    /** Interviewee, interviewer, author and publication, with the evidence for each. */
    PARTICIPANTS,
    IMAGES,
    PULL_QUOTES,
    EXCHANGES,
    DATELINE,
    ENTITIES,
    /** Pull, narrative and embedded quotes as collected, without their sources. */
    QUOTES,
    /** Which narrative quote continues which, when it has no cue of its own. */
    QUOTE_CONTINUATIONS,
    /** The quotes with the exchange and passage each renders. */
    QUOTE_SOURCES
}
