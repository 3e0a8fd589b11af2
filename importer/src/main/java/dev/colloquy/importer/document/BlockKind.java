package dev.colloquy.importer.document;

/** What a block of the source is, as the pipeline's stages decide it. */
public enum BlockKind {
    UNCLASSIFIED,
    HEADLINE,
    STANDFIRST,
    /** The article's own prose before the transcript. */
    LEAD,
    /** "Below is the transcript of the interview…" */
    TRANSCRIPT_INTRO,
    /** "By Jane Doe": who wrote the article. */
    BYLINE,
    /** Caption and credit lines of a picture. */
    IMAGE,
    PULL_QUOTE,
    /** The line naming the speaker of a pull quote. */
    ATTRIBUTION,
    QUESTION,
    ANSWER,
    /** Page furniture: repeated headlines, share prompts, related-article promos. */
    DEBRIS,
    /** Data about the article rather than its text: front matter, link definitions. */
    METADATA,
    /** Not a turn: "(LAUGHTER)", "[crosstalk]", a moderator calling the next questioner. */
    INTERJECTION,
    /** The article's own prose after the transcript, under a heading of its own ("## Summary"). */
    CLOSING
}
