package dev.colloquy.importer.document;

/**
 * Where the importer found one piece of the article's metadata and how sure that source makes it.
 *
 * @param source     what was read: "front matter", "turn labels", "headline", "opening prose", …
 * @param confidence in (0, 1]; below {@link #UNSURE} the importer warns
 */
public record Evidence(String source, double confidence) {

    public static final double UNSURE = 0.7;
}
