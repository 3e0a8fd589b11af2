package dev.colloquy.importer.document;

/**
 * A label opening a paragraph that says who speaks: "Q:", "Answer.", "**Q:**", "MARIA LOPEZ (Herald):".
 *
 * @param kind         whether it marks a question, an answer or a named speaker
 * @param speaker      the label as written, without its colon (e.g. "MARIA LOPEZ"), for SPEAKER labels
 * @param role         the parenthesised addition of a speaker label ("Herald"), or null
 * @param contentStart where the paragraph's own words begin in the block's text, after the label
 */
public record TurnLabel(Kind kind, String speaker, String role, int contentStart) {

    public enum Kind {
        QUESTION,
        ANSWER,
        SPEAKER
    }
}
