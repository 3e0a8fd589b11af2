package dev.colloquy.core.article;

import dev.colloquy.core.text.SpannedText;

/**
 * A picture on the page, known by its caption and credit lines.
 *
 * @param placedAfterExchange how many exchanges precede the picture in the source (0 before the transcript)
 */
public record Image(SpannedText caption, SpannedText credit, int placedAfterExchange) {

    public Image {
        if (caption == null && credit == null) {
            throw new IllegalArgumentException("an image needs a caption or a credit");
        }
        if (placedAfterExchange < 0) {
            throw new IllegalArgumentException("placedAfterExchange must not be negative: " + placedAfterExchange);
        }
    }
}
