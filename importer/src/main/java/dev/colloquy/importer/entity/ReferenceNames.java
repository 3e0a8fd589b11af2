package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.importer.entity.Gazetteer.Entry;
import dev.colloquy.importer.text.WordList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Open-data reference lists of software, programming languages, cloud-native projects and companies (see
 * {@code gazetteer/open/README.md} for each list's source and licence), generated from their public sources by
 * {@code importer/src/train/reference/build_reference_lists.py}. Read in the order of {@link #FILES}: a name
 * already listed by an earlier file keeps that file's type. Loaded once; immutable after.
 */
final class ReferenceNames {

    /**
     * A listed name: its words as the recogniser tokenises them, its canonical form and type, whether it is also
     * an ordinary English word in lower case ("Go", "Square", "pandas"), and whether it is a brand, a company or
     * one of its products, whose type the words around each mention decide ({@link BrandContext}; the entry's type
     * is then the organisation, the reading when they say nothing).
     */
    record Form(String surface, int words, Entry entry, boolean plain, boolean brand) {}

    /** The type column's value for a brand: an organisation or a product, as the context says. */
    private static final String BRAND = "BRAND";

    static final List<String> FILES =
            List.of("programming-languages.tsv", "python-projects.tsv", "cloud-native.tsv", "brands.tsv");

    /** Forms keyed by their first word in lower case, the widest first. */
    private final Map<String, List<Form>> byFirstWord;

    private ReferenceNames(Map<String, List<Form>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    static ReferenceNames standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final ReferenceNames INSTANCE = load();
    }

    /** The listed forms whose first word is {@code word} (in any case), the widest first. */
    List<Form> startingWith(String word) {
        return byFirstWord.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * These lists and the products one article names by linking them to their code ({@link LinkedProjects}):
     * the article's own forms come first among forms of one width, as the article knows best what its names are.
     * A name written in lower-case letters alone ("krew") is taken as an ordinary word could be ("plain"), so that
     * its other mentions count only capitalised or listed beside another listed name.
     */
    ReferenceNames withProducts(List<String> names) {
        if (names.isEmpty()) {
            return this;
        }
        Map<String, Form> forms = new HashMap<>();
        for (String name : names) {
            boolean plain = name.chars().allMatch(c -> Character.isLowerCase(c));
            forms.putIfAbsent(key(name), new Form(name, 0, new Entry(name, EntityType.PRODUCT), plain, false));
        }
        Map<String, List<Form>> merged = new HashMap<>(byFirstWord);
        index(forms).forEach((word, own) -> {
            List<Form> list = new ArrayList<>(own);
            list.addAll(byFirstWord.getOrDefault(word, List.of()));
            list.sort(Comparator.comparingInt(Form::words).reversed());
            merged.put(word, List.copyOf(list));
        });
        return new ReferenceNames(merged);
    }

    private static ReferenceNames load() {
        Map<String, Form> forms = new HashMap<>();
        for (String file : FILES) {
            readInto(file, forms);
        }
        Map<String, List<Form>> frozen = new HashMap<>();
        index(forms).forEach((word, list) -> frozen.put(word, List.copyOf(list)));
        return new ReferenceNames(Map.copyOf(frozen));
    }

    /** The forms keyed by their first word in lower case, each with its count of words, the widest first. */
    private static Map<String, List<Form>> index(Map<String, Form> forms) {
        Map<String, List<Form>> index = new HashMap<>();
        for (Form form : forms.values()) {
            List<Token> words = Token.tokenize(form.surface(), 0, form.surface().length());
            if (!words.isEmpty()) {
                index.computeIfAbsent(words.get(0).text().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(new Form(form.surface(), words.size(), form.entry(), form.plain(), form.brand()));
            }
        }
        index.values()
                .forEach(list -> list.sort(Comparator.comparingInt(Form::words).reversed()));
        return index;
    }

    private static final Set<EntityType> TYPES = Set.of(EntityType.PRODUCT, EntityType.ORGANIZATION);

    private static void readInto(String file, Map<String, Form> forms) {
        for (String[] columns : WordList.rows("/gazetteer/open/" + file)) {
            boolean brand = columns[1].equals(BRAND);
            Entry entry = new Entry(columns[0], brand ? EntityType.ORGANIZATION : EntityType.valueOf(columns[1]));
            if (!TYPES.contains(entry.type())) {
                throw new IllegalStateException(
                        "reference lists name products and organisations: " + String.join("\t", columns));
            }
            boolean plain = columns.length > 3 && columns[3].equals("plain");
            forms.putIfAbsent(key(entry.name()), new Form(entry.name(), 0, entry, plain, brand));
            if (columns.length > 2 && !columns[2].isBlank()) {
                for (String alias : columns[2].split("\\|")) {
                    forms.putIfAbsent(key(alias), new Form(alias, 0, entry, false, brand));
                }
            }
        }
    }

    private static String key(String surface) {
        return surface.toLowerCase(Locale.ROOT);
    }
}
