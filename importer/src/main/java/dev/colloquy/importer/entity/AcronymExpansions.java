package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.entity.Candidate.Evidence;
import dev.colloquy.importer.entity.model.NameModel.Name;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Army Tactical Missile System (ATACMS)": an acronym in brackets after the capitalised words that spell it
 * names the same organisation, event or product as they do. Read over the whole paragraph, before its runs
 * of capitals.
 */
final class AcronymExpansions implements CandidateRule {

    private static final Pattern ACRONYM_EXPANSION = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}-]*[ \\u00a0](?:(?:of|and|for|the)[ \\u00a0])?){1,7}\\p{Lu}[\\p{L}-]*)[ \\u00a0]\\((\\p{Lu}{2,}s?)\\)");

    @Override
    public int apply(Scan scan, Run run, int at) {
        Matcher matcher = ACRONYM_EXPANSION.matcher(scan.text()).region(run.from(), run.to());
        while (matcher.find()) {
            String acronym = matcher.group(2).replaceAll("s$", "");
            String expansion = trimToAcronym(matcher.group(1), acronym);
            if (expansion == null) {
                continue;
            }
            int start = matcher.end(1) - expansion.length();
            Span expansionSpan = new Span(start, matcher.end(1));
            EntityType type = typeOfExpansion(scan, expansion, expansionSpan);
            scan.add(Candidate.resolved(expansion, expansionSpan, expansion, type, Evidence.ACRONYM_EXPANSION));
            Span acronymSpan = new Span(matcher.start(2), matcher.end(2));
            scan.add(Candidate.resolved(scan.cut(acronymSpan), acronymSpan, expansion, type, Evidence.ACRONYM_EXPANSION)
                    .withAlias(scan.cut(acronymSpan)));
        }
        return 0;
    }

    /**
     * The words at the end of the phrase that spell the acronym, each capitalised word giving the acronym
     * one or more of its first letters ("Army TACtical Missile System" spells ATACMS), or null.
     */
    static String trimToAcronym(String phrase, String acronym) {
        String[] words = phrase.split("[ \\u00a0]+");
        for (int first = 0; first < words.length; first++) {
            if (Character.isUpperCase(words[first].charAt(0))
                    && spells(words, first, acronym.toLowerCase(Locale.ROOT), 0)) {
                return String.join(" ", Arrays.copyOfRange(words, first, words.length));
            }
        }
        return null;
    }

    private static boolean spells(String[] words, int word, String acronym, int letter) {
        if (word == words.length) {
            return letter == acronym.length();
        }
        String current = words[word].toLowerCase(Locale.ROOT);
        if (!Character.isUpperCase(words[word].charAt(0))) {
            return spells(words, word + 1, acronym, letter); // "of", "and": skipped by most acronyms
        }
        for (int take = 1; take <= current.length() && letter + take <= acronym.length(); take++) {
            if (current.charAt(take - 1) != acronym.charAt(letter + take - 1)) {
                break;
            }
            if (spells(words, word + 1, acronym, letter + take)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A product or event word ends the expansion of a product's or event's acronym; otherwise the model's
     * reading of the expansion decides ("Divya Mohan (DM)" is a person's initials), and without one it is a
     * body's.
     */
    private static EntityType typeOfExpansion(Scan scan, String expansion, Span span) {
        String last = expansion.substring(expansion.lastIndexOf(' ') + 1);
        if (EntityKeywords.PRODUCT.contains(last)) {
            return EntityType.PRODUCT;
        }
        if (EntityKeywords.EVENT.contains(last)) {
            return EntityType.EVENT;
        }
        return scan.modelNameCovering(span).map(Name::type).orElse(EntityType.ORGANIZATION);
    }
}
