package dev.colloquy.importer.article;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe keys made from headlines: "Mark Rutte: It's important…" becomes "mark-rutte-its-important…". */
public final class Slugs {

    private static final int MAX_LENGTH = 80;

    private Slugs() {}

    public static String of(String title) {
        // Letters that do not decompose into a base letter and an accent are spelled out first.
        String spelled = title.replace("ø", "o")
                .replace("Ø", "O")
                .replace("æ", "ae")
                .replace("Æ", "Ae")
                .replace("œ", "oe")
                .replace("ß", "ss")
                .replace("ł", "l")
                .replace("Ł", "L")
                .replace("đ", "d")
                .replace("Đ", "D")
                .replace("ı", "i");
        String ascii = Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
        }
        return slug.isEmpty() ? "untitled" : slug;
    }
}
