package dev.colloquy.api.excerpt;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The W3C Web Annotation TextPositionSelector of an excerpt. */
@Type("TextPositionSelector")
@Description("A W3C Web Annotation TextPositionSelector: the selection's offsets in the article's current source text.")
public record PositionSelector(
        @NonNull @Description("Always \"TextPositionSelector\", the W3C type name.")
        String type,

        @Description("Offset of the first selected character (UTF-16 code units, from 0).")
        int start,

        @Description("Offset just past the last selected character.")
        int end) {

    static PositionSelector of(int start, int end) {
        return new PositionSelector("TextPositionSelector", start, end);
    }
}
