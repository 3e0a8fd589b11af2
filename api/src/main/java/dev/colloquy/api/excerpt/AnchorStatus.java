package dev.colloquy.api.excerpt;

import dev.colloquy.core.excerpt.Anchoring;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** How an excerpt's selectors met the article's current text. */
@Enum("AnchorStatus")
@Description("How an excerpt was found in the current revision of its article's source text.")
public enum AnchorStatus {
    @Description("The text is where it was when the excerpt was made.")
    UNCHANGED,
    @Description(
            "The text moved (the article was re-imported with edits elsewhere) and was found again by its words and context.")
    RELOCATED,
    @Description("The excerpt's words are no longer in the article; the excerpt shows the text as it was saved.")
    NOT_FOUND;

    static AnchorStatus of(Anchoring.Status status) {
        return valueOf(status.name());
    }
}
