package dev.colloquy.api.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** A picture on the page; the picture itself is not stored, only the lines that describe it. */
@Type("Image")
@Description("A picture on the page, known by its caption and credit lines.")
public record Image(
        @Description("What the picture shows, as captioned.")
        String caption,

        @Description("Who took or owns the picture.") String credit,

        @Description("How many exchanges precede the picture in the source; 0 before the transcript.")
        int placedAfterExchange) {

    static Image of(ImageRow row) {
        return new Image(row.caption, row.credit, row.placedAfterExchange);
    }
}
