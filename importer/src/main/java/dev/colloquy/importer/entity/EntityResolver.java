package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.Entity;
import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.entity.Mention;
import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.text.Names;
import dev.colloquy.importer.transcript.ExchangeLocator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Joins the candidates of one article into entities: a surname or a first name joins the one full name
 * that ends or starts with it ("Trump" → "Donald Trump"), an acronym joins its expansion, a word one edit
 * away from a surname of the article joins it ("Kabilius" → "Andrius Kubilius"), initials join the one full
 * name they abbreviate ("XY" → "Xing Yang"), a titled single word ("President Macron") stands for a person of
 * its own, a word the model read as a name keeps the model's type, and any other lone capitalised word is
 * dropped.
 */
final class EntityResolver {

    private static final int MIN_LENGTH_FOR_MISSPELLING = 5;
    private static final int MAX_INITIALS = 3;
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    private EntityResolver() {}

    static List<Entity> resolve(List<Candidate> candidates, List<Exchange> exchanges) {
        List<Candidate> resolved = new ArrayList<>(
                candidates.stream().filter(Candidate::isResolved).toList());
        Map<String, Set<String>> bySurname = index(resolved, EntityResolver::lastWord);
        Map<String, Set<String>> byFirstName = index(resolved, EntityResolver::firstWord);
        Map<String, Set<String>> byInitials = index(resolved, EntityResolver::initials);
        resolved.replaceAll(candidate -> initialsOfPerson(candidate, byInitials));
        resolved.replaceAll(candidate -> nameOfPerson(candidate, bySurname, byFirstName));
        Map<String, Candidate> byAlias = new LinkedHashMap<>();
        resolved.stream().filter(c -> c.alias() != null).forEach(c -> byAlias.putIfAbsent(c.alias(), c));
        for (Candidate single : candidates) {
            if (!single.isResolved()) {
                Candidate joined = join(single, bySurname, byFirstName, byInitials, byAlias);
                if (joined != null) {
                    resolved.add(joined);
                }
            }
        }
        return group(resolved, exchanges);
    }

    private static Candidate join(
            Candidate single,
            Map<String, Set<String>> bySurname,
            Map<String, Set<String>> byFirstName,
            Map<String, Set<String>> byInitials,
            Map<String, Candidate> byAlias) {
        String word = readable(single.surface());
        String key = sameApostrophes(word);
        Candidate expansion = byAlias.get(single.surface());
        if (expansion != null) {
            return single.resolvedTo(expansion.name(), expansion.type());
        }
        String person = onlyOne(bySurname.get(key));
        if (person == null && (!single.sentenceStart() || single.evidence() == Candidate.Evidence.GIVEN_NAME)) {
            person = onlyOne(byFirstName.get(key));
        }
        if (person == null && !single.sentenceStart() && word.length() >= MIN_LENGTH_FOR_MISSPELLING) {
            person = onlyOne(bySurname.keySet().stream()
                    .filter(surname ->
                            surname.length() >= MIN_LENGTH_FOR_MISSPELLING && ONE_EDIT.apply(surname, key) == 1)
                    .flatMap(surname -> bySurname.get(surname).stream())
                    .collect(Collectors.toSet()));
        }
        if (person != null) {
            return single.resolvedTo(person, EntityType.PERSON);
        }
        String initials = single.isAcronymLike() ? onlyOne(byInitials.get(single.surface())) : null;
        if (initials != null) {
            return single.resolvedTo(initials, EntityType.PERSON);
        }
        if (single.titled()) {
            return single.resolvedTo(word, EntityType.PERSON);
        }
        if (single.evidence() == Candidate.Evidence.MODEL
                || single.evidence() == Candidate.Evidence.WORD_SHAPE
                || single.evidence() == Candidate.Evidence.GIVEN_NAME) {
            // The model read the word as a name of its own, and it joins no fuller name of the article.
            return single.resolvedTo(word, single.type());
        }
        // "at Wembley": an unknown word after a preposition of place, and not a person of the article.
        boolean placeHint = single.type() == EntityType.LOCATION && !single.sentenceStart() && !single.isAcronymLike();
        return placeHint ? single.resolvedTo(word, EntityType.LOCATION) : null;
    }

    /**
     * "DM" for Divya Mohan: a listed product's short acronym is a person's initials when it abbreviates exactly
     * one full name of the article, which is the likelier reading there.
     */
    private static Candidate initialsOfPerson(Candidate candidate, Map<String, Set<String>> byInitials) {
        if (candidate.evidence() != Candidate.Evidence.LISTED
                || !candidate.isAcronymLike()
                || candidate.surface().length() > MAX_INITIALS) {
            return candidate;
        }
        String person = onlyOne(byInitials.get(candidate.surface()));
        return person == null ? candidate : candidate.resolvedTo(person, EntityType.PERSON);
    }

    /** "VANCE" in a speaker label is the surname Vance. */
    private static String readable(String word) {
        boolean shouted =
                word.length() > 2 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return shouted ? word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT) : word;
    }

    /**
     * "Stan commented" after "Jonathan M. Stan", "why R brings Julia joy" in an interview of Julia Silge: one listed
     * word naming a product or an organisation (Stan and Julia are also programming languages) is a person's surname
     * when it ends exactly one full name of the article, or else the first name when it opens exactly one, which is
     * the likelier reading there. Places keep their reading: "Jordan" beside "Michael Jordan" may well be the
     * country.
     */
    private static Candidate nameOfPerson(
            Candidate candidate, Map<String, Set<String>> bySurname, Map<String, Set<String>> byFirstName) {
        if (candidate.evidence() != Candidate.Evidence.LISTED
                        && candidate.evidence() != Candidate.Evidence.KNOWN
                        && !isBrand(candidate)
                || candidate.type() != EntityType.PRODUCT && candidate.type() != EntityType.ORGANIZATION
                || candidate.name().contains(" ")) {
            return candidate;
        }
        String key = sameApostrophes(candidate.name());
        String person = onlyOne(bySurname.get(key));
        if (person == null) {
            person = onlyOne(byFirstName.get(key));
        }
        return person == null ? candidate : candidate.resolvedTo(person, EntityType.PERSON);
    }

    private static Map<String, Set<String>> index(List<Candidate> resolved, Function<String, String> key) {
        Map<String, Set<String>> index = new LinkedHashMap<>();
        resolved.stream()
                .filter(c -> c.type() == EntityType.PERSON && c.name().split(" ").length >= 2)
                .forEach(c -> index.computeIfAbsent(key.apply(c.name()), k -> new LinkedHashSet<>())
                        .add(c.name()));
        return index;
    }

    private static String onlyOne(Set<String> names) {
        return names != null && names.size() == 1 ? names.iterator().next() : null;
    }

    private static List<Entity> group(List<Candidate> resolved, List<Exchange> exchanges) {
        ExchangeLocator locator = new ExchangeLocator(exchanges);
        Map<String, List<Candidate>> byName = new LinkedHashMap<>();
        resolved.stream()
                .sorted(Comparator.comparing(Candidate::span))
                .forEach(candidate -> byName.computeIfAbsent(candidate.name(), k -> new ArrayList<>())
                        .add(candidate));
        List<Entity> entities = new ArrayList<>();
        byName.forEach((name, mentions) -> entities.add(entity(name, mentions, locator)));
        return entities;
    }

    private static Entity entity(String name, List<Candidate> mentions, ExchangeLocator locator) {
        Set<String> aliases = new LinkedHashSet<>();
        for (Candidate mention : mentions) {
            aliases.add(mention.surface());
            if (mention.alias() != null) {
                aliases.add(mention.alias());
            }
        }
        aliases.remove(name);
        List<Mention> spans = mentions.stream()
                .map(mention -> new Mention(
                        new SpannedText(mention.surface(), mention.span()),
                        locator.exchangeAt(mention.span().start())))
                .toList();
        return new Entity(name, typeOf(mentions), List.copyOf(aliases), spans);
    }

    /**
     * A known name's or a rule's type, if any mention has one; otherwise the type the model gave most of the
     * mentions (the first mention's on a tie), so that one odd context ("En Route Allentown, Pennsylvania")
     * does not decide for the whole article; a brand's spelling only when the model read none of them.
     */
    private static EntityType typeOf(List<Candidate> mentions) {
        for (Candidate mention : mentions) {
            if (mention.evidence() != Candidate.Evidence.MODEL
                    && mention.evidence() != Candidate.Evidence.WORD_SHAPE
                    && mention.evidence() != Candidate.Evidence.GIVEN_NAME
                    && !isBrand(mention)) {
                return mention.type();
            }
        }
        if (mentions.stream().anyMatch(EntityResolver::isBrand)) {
            return brandType(mentions);
        }
        Map<EntityType, Integer> votes = new LinkedHashMap<>();
        mentions.stream()
                .filter(mention -> mention.evidence() == Candidate.Evidence.MODEL)
                .forEach(mention -> votes.merge(mention.type(), 1, Integer::sum));
        if (votes.isEmpty()) {
            return mentions.get(0).type();
        }
        EntityType best = votes.keySet().iterator().next();
        for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > votes.get(best)) {
                best = vote.getKey();
            }
        }
        return best;
    }

    /** The brands of these candidates whose mentions say product more often than company ({@link #brandType}). */
    static Set<String> brandsReadAsProducts(List<Candidate> candidates) {
        Map<String, List<Candidate>> byName = new LinkedHashMap<>();
        candidates.stream()
                .filter(c -> c.evidence() == Candidate.Evidence.BRAND_IN_CONTEXT)
                .forEach(c ->
                        byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c));
        Set<String> products = new LinkedHashSet<>();
        byName.forEach((name, mentions) -> {
            if (brandType(mentions) == EntityType.PRODUCT) {
                products.add(name);
            }
        });
        return products;
    }

    private static boolean isBrand(Candidate mention) {
        return mention.evidence() == Candidate.Evidence.BRAND
                || mention.evidence() == Candidate.Evidence.BRAND_IN_CONTEXT;
    }

    /**
     * A brand is the product when more of its mentions say product than say company ("on Linux", "Linux
     * kernel" against "at Linux"), and the company otherwise, as when no mention says anything.
     */
    private static EntityType brandType(List<Candidate> mentions) {
        if (mentions.stream()
                .anyMatch(m -> m.evidence() == Candidate.Evidence.BRAND && m.type() == EntityType.PRODUCT)) {
            return EntityType.PRODUCT; // read so by brandsReadAsProducts
        }
        long product = mentions.stream()
                .filter(m -> m.evidence() == Candidate.Evidence.BRAND_IN_CONTEXT && m.type() == EntityType.PRODUCT)
                .count();
        long company = mentions.stream()
                .filter(m -> m.evidence() == Candidate.Evidence.BRAND_IN_CONTEXT && m.type() != EntityType.PRODUCT)
                .count();
        return product > company ? EntityType.PRODUCT : EntityType.ORGANIZATION;
    }

    private static String lastWord(String name) {
        return sameApostrophes(name.substring(name.lastIndexOf(' ') + 1));
    }

    /** "O’Briant" and "O'Briant" are one name: typographic and typewriter apostrophes compare alike. */
    private static String sameApostrophes(String word) {
        return word.replace('’', '\'');
    }

    /** "XY" for "Xing Yang": the capitals that open each word of a full name. */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    /** The first word of a name after any title ("Julia" in "Dr. Julia Silge"): a title is nobody's first name. */
    private static String firstWord(String name) {
        String[] words = name.split(" ");
        int first = 0;
        while (first < words.length - 1 && Names.isTitleWord(words[first])) {
            first++;
        }
        return sameApostrophes(words[first]);
    }
}
