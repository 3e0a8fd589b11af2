package dev.colloquy.importer.layout;

/** How the transcript tells questions from answers, whatever the source format. */
public enum TurnLabelling {
    /** Alternating paragraphs without labels, as in most magazine interviews: the turn scorer decides. */
    UNLABELLED,
    /** "Q:" and "A:" (or "Question:", "Q.", bold variants) open the turns. */
    QA,
    /** "NAME:" opens each turn: transcripts, press conferences, debates. */
    SPEAKERS,
    /** Questions are set in bold, answers in roman: a common web layout. */
    EMPHASIS
}
