package dev.colloquy.api.search;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The best passage of a hit, with plain offsets instead of markup so clients highlight as they like. */
@Type("Snippet")
@Description("The passage of a hit that best matches the query: usually a sentence or two.")
public record Snippet(
        @NonNull @Description("The passage, exactly as in the hit's text: hit.text[start, end).")
        String text,

        @Description("Offset of the passage in the hit's text.")
        int start,

        @Description("Offset just past the passage in the hit's text.")
        int end,

        @NonNull
        @Description(
                "The matched words in the passage, in order; offsets are into the hit's text and the source, not into the snippet.")
        List<@NonNull Highlight> highlights) {}
