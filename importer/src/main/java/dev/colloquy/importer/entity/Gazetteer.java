package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.importer.text.WordList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bundled reference list of known names: countries (from the Java runtime), capitals, world regions,
 * international bodies, government bodies and news agencies, each surface form mapped to its canonical name and type. Loaded once;
 * immutable after.
 */
public final class Gazetteer {

    /** A canonical name and its type. */
    public record Entry(String name, EntityType type) {}

    private static final String[] FILES = {
        "countries-aliases.tsv",
        "capitals.tsv",
        "cities.tsv",
        "regions.tsv",
        "international-bodies.tsv",
        "news-agencies.tsv",
        "designated-groups.tsv",
        "government-bodies.tsv"
    };

    private final Map<String, Entry> bySurface;
    private final Set<String> placeWords;
    private final int longestForm;

    private Gazetteer(Map<String, Entry> bySurface) {
        this.bySurface = Map.copyOf(bySurface);
        this.longestForm = bySurface.keySet().stream()
                .mapToInt(Gazetteer::tokenCount)
                .max()
                .orElse(1);
        Set<String> words = new HashSet<>();
        bySurface.values().stream()
                .filter(entry -> entry.type() == EntityType.LOCATION)
                .map(entry -> lastWord(entry.name()))
                .filter(word -> word.length() >= 4 && !GENERIC_PLACE_WORDS.contains(word))
                .map(word -> word.toLowerCase(Locale.ROOT))
                .forEach(words::add);
        this.placeWords = Set.copyOf(words);
    }

    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /** Loads the bundled lists on first use, after every constant of this class is set. */
    private static final class Standard {
        static final Gazetteer INSTANCE = load();
    }

    /** The entry for an exact surface form ("US", "Kiev", "North Atlantic Treaty Organization"). */
    public Optional<Entry> lookup(String surface) {
        return Optional.ofNullable(bySurface.get(surface));
    }

    /**
     * True when the text opens with a name of the open reference lists of software, projects and companies
     * ("Apache APISIX" opens with "Apache"): a signature that does is an organisation's, unless the word is a
     * given name too, which the caller weighs.
     */
    public boolean opensWithReferenceName(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        String first = lower.split("[ \\u00a0]+")[0];
        return ReferenceNames.standard().startingWith(first).stream()
                .map(form -> form.surface().toLowerCase(Locale.ROOT))
                .anyMatch(form -> lower.equals(form) || lower.startsWith(form + " "));
    }

    /** How many words the longest known form has: the widest window worth looking up. */
    public int longestForm() {
        return longestForm;
    }

    /**
     * True for words such as "Ukrainians", "Chinese" or "British" that name a people or an adjective of a
     * place: a known irregular form, or a word that keeps all but the last letter of a known place's name.
     */
    public boolean isDemonym(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (IRREGULAR_DEMONYMS.contains(lower)) {
            return true;
        }
        if (lookup(word).isPresent() || !DEMONYM_ENDING.matcher(lower).matches()) {
            return false;
        }
        for (String place : placeWords) {
            if (commonPrefix(lower, place) >= Math.max(4, place.length() - 1)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern DEMONYM_ENDING =
            java.util.regex.Pattern.compile(".*(ans|ian|ians|ese|is|i|ic|s|n)");
    private static final Set<String> IRREGULAR_DEMONYMS = WordList.load("/entity/irregular-demonyms.txt");

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static final Set<String> GENERIC_PLACE_WORDS = WordList.asWritten("/entity/generic-place-words.txt");

    private static String lastWord(String name) {
        String[] words = name.split("[ \\u00a0]+");
        return words[words.length - 1];
    }

    private static int tokenCount(String form) {
        return form.split("[ \\u00a0]+").length;
    }

    private static Gazetteer load() {
        Map<String, Entry> forms = new HashMap<>();
        for (String iso : Locale.getISOCountries()) {
            String name = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
            if (!name.contains("&") && !name.contains("(") && !name.contains(" - ")) {
                forms.putIfAbsent(name, new Entry(name, EntityType.LOCATION));
            }
        }
        for (String file : FILES) {
            readInto(file, forms);
        }
        return new Gazetteer(forms);
    }

    private static void readInto(String file, Map<String, Entry> forms) {
        for (String[] columns : WordList.rows("/gazetteer/" + file)) {
            Entry entry = new Entry(columns[0], EntityType.valueOf(columns[1]));
            // A canonical form always wins over an alias that happens to be spelled the same.
            forms.put(entry.name(), entry);
            if (columns.length > 2 && !columns[2].isBlank()) {
                for (String alias : columns[2].split("\\|")) {
                    forms.putIfAbsent(alias, entry);
                }
            }
        }
    }
}
