package dev.colloquy.importer.article;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe keys made from headlines: "Mark Rutte: It's important…" becomes "mark-rutte-its-important…". */
public final class Slugs {

    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    public static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
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
