package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.importer.text.WordList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether one mention of a brand (a name the reference lists give to a company and its products alike: "Intel",
 * "Linux", "Unity") is the company or the product, from the word right before and right after it: "on Linux",
 * "the Unity engine", "Windows 10" (a number after it that is no year) are products; "at Google", "Sony announced" are the company. Only words in the
 * same sentence count, with no punctuation between them and the name but a possessive ("Godot's editor").
 */
final class BrandContext {

    private static final Cues PRODUCT = Cues.load("/entity/brand-product-cues.txt");
    private static final Cues ORGANIZATION = Cues.load("/entity/brand-organization-cues.txt");

    /** "Spring 2021" is a date, not a version. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    private BrandContext() {}

    /** The type the neighbours of {@code words[at, at + width)} give the brand, if they give one. */
    static Optional<EntityType> typeAt(Scan scan, List<Token> words, int at, int width) {
        Token before = at > 0 && !words.get(at).sentenceStart() ? words.get(at - 1) : null;
        if (before != null && !before.joinsWith(words.get(at), scan.text())) {
            before = null;
        }
        int next = at + width;
        Token after = next < words.size()
                        && !words.get(next).sentenceStart()
                        && joined(scan, words.get(next - 1), words.get(next))
                ? words.get(next)
                : null;
        if (after != null
                && Character.isDigit(after.text().charAt(0))
                && !YEAR.matcher(after.text()).matches()) {
            return Optional.of(EntityType.PRODUCT);
        }
        if (PRODUCT.match(before, after)) {
            return Optional.of(EntityType.PRODUCT);
        }
        if (ORGANIZATION.match(before, after)) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        return Optional.empty();
    }

    /** Only a space, or a possessive and a space, between the name and the next word. */
    private static boolean joined(Scan scan, Token last, Token next) {
        String gap = scan.text().substring(last.end(), next.start());
        return last.joinsWith(next, scan.text()) || gap.equals("'s ") || gap.equals("’s ");
    }

    /** Cue words by side, in lower case. */
    private record Cues(Set<String> before, Set<String> after) {

        static Cues load(String resource) {
            Set<String> before = new HashSet<>();
            Set<String> after = new HashSet<>();
            for (String[] row : WordList.rows(resource)) {
                if (row.length != 2 || !(row[0].equals("before") || row[0].equals("after"))) {
                    throw new IllegalStateException(resource + ": a line is \"before\" or \"after\", a tab and a word");
                }
                (row[0].equals("before") ? before : after).add(row[1].toLowerCase(Locale.ROOT));
            }
            return new Cues(Set.copyOf(before), Set.copyOf(after));
        }

        boolean match(Token beforeWord, Token afterWord) {
            return beforeWord != null && before.contains(beforeWord.text().toLowerCase(Locale.ROOT))
                    || afterWord != null && after.contains(afterWord.text().toLowerCase(Locale.ROOT));
        }
    }
}
