package dev.colloquy.importer.document;

/**
 * What the markup of an HTML or Markdown source said about a block, which plain text cannot say.
 *
 * @param element     the HTML element (or Markdown construct, named as its HTML counterpart) the block came from
 * @param heading     the heading level, 1 to 6, or 0 when the block is no heading
 * @param emphasised  every word of the block is bold or strong: how many pages set their questions apart
 * @param quoted      the block sits in a blockquote: a pull quote, as articles use them
 * @param figure      the block is a figure's caption or credit
 * @param credit      the block is marked as a credit (a class or element naming it so)
 * @param furniture   the block sits in a part of the page that is not the article (share widget, byline box…)
 */
public record BlockMarkup(
        String element,
        int heading,
        boolean emphasised,
        boolean quoted,
        boolean figure,
        boolean credit,
        String furniture) {

    /** Plain text carries no markup. */
    public static final BlockMarkup NONE = new BlockMarkup("", 0, false, false, false, false, null);
}
