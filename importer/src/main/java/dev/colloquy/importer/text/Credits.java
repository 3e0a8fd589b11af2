package dev.colloquy.importer.text;

import java.util.regex.Pattern;

/**
 * The marks of a picture's credit line ("Photo: …", "Image by …", "©", an agency's name or tag), which more
 * than one stage must recognise: a credit is part of a picture, and never the attribution of a pull quote.
 */
public final class Credits {

    private static final Pattern MARKER = Pattern.compile(
            "(?i)^((photo|image|picture)\\s+)?(photo(graph)?|image|picture|credit|illustration|source)s?\\s*(by)?\\s*[:|]|©|\\(c\\)|"
                    + "/\\s*(" + WordList.choice("/article/photo-agency-tags.txt") + ")|("
                    + WordList.choice("/article/photo-agency-names.txt") + ")");

    private Credits() {}

    /** A line marked as a picture's credit ("Photo credit: …", "Image: …", "©…"), whatever its length. */
    public static boolean isMarked(String text) {
        return MARKER.matcher(text).find();
    }
}
