package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.entity.Gazetteer.Entry;
import dev.colloquy.importer.entity.model.NameModel.Name;
import dev.colloquy.importer.entity.model.NameTokens;
import dev.colloquy.importer.text.Names;
import dev.colloquy.importer.text.Snippets;
import dev.colloquy.importer.text.WordList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the rules of one document share: its text, the names it knows, the candidates found so far and the
 * characters they claim, so that a later rule does not read words an earlier one has taken.
 */
final class Scan {

    private static final Set<String> NEVER_NAMES = WordList.asWritten("/entity/never-names.txt");
    private static final Set<String> ROLE_WORDS = WordList.load("/entity/role-words.txt");

    private final String text;
    private final Gazetteer gazetteer;
    private final Map<String, Entry> articleNames;
    private final NavigableMap<Integer, Name> modelNames = new TreeMap<>();
    private final List<Candidate> found = new ArrayList<>();
    private final BitSet claimed = new BitSet();
    private final BitSet covered = new BitSet();

    Scan(String text, Gazetteer gazetteer, Map<String, Entry> articleNames, List<Name> modelNames) {
        this.text = text;
        this.gazetteer = gazetteer;
        this.articleNames = articleNames;
        for (Name name :
                modelNames.stream().flatMap(name -> peopleOf(name).stream()).toList()) {
            Name trimmed = organisationByHead(withGivenNameBefore(withoutTitles(name)));
            if (trimmed != null
                    && !endsInDemonym(trimmed)
                    && !insideAddress(trimmed.span())
                    && !onlyRoleWords(trimmed)
                    && !productReadAsPerson(trimmed)) {
                this.modelNames.putIfAbsent(trimmed.span().start(), trimmed);
            }
        }
    }

    /**
     * "Bureau of Meteorology", "Quansight Labs": a name whose head is an organisation word (its last word, or
     * the word before "of") is an organisation, whatever type the model gave it.
     */
    private Name organisationByHead(Name name) {
        if (name == null || name.type() == EntityType.ORGANIZATION || name.type() == EntityType.EVENT) {
            return name;
        }
        List<Span> tokens =
                NameTokens.spans(text, name.span().start(), name.span().end());
        int head = tokens.size() - 1;
        for (int i = 1; i < tokens.size(); i++) {
            if (cut(tokens.get(i)).equals("of")) {
                head = i - 1;
                break;
            }
        }
        return tokens.size() >= 2 && EntityKeywords.ORGANIZATION.contains(cut(tokens.get(head)))
                ? new Name(name.span(), EntityType.ORGANIZATION, name.probability())
                : name;
    }

    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}\\p{Ll}+) $");

    /**
     * "Eric Clapton" where the model saw only "Clapton": a listed given name right before a person's name is
     * part of it.
     */
    private Name withGivenNameBefore(Name name) {
        if (name == null || name.type() != EntityType.PERSON || name.span().start() < 2) {
            return name;
        }
        Matcher before = WORD_BEFORE
                .matcher(text)
                .region(Math.max(0, name.span().start() - 20), name.span().start());
        return before.find() && GivenNames.LIST.contains(before.group(1))
                ? new Name(new Span(before.start(1), name.span().end()), name.type(), name.probability())
                : name;
    }

    /**
     * "Martin Fowler and Kent Beck" read as one person is two: a person's name is cut at a lower-case "and"
     * between capitalised words; any other name is kept whole ("Bread for the World", "Procter and Gamble").
     */
    private List<Name> peopleOf(Name name) {
        if (name.type() != EntityType.PERSON) {
            return List.of(name);
        }
        List<Span> tokens =
                NameTokens.spans(text, name.span().start(), name.span().end());
        List<Name> people = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < tokens.size() - 1; i++) {
            if (cut(tokens.get(i)).equals("and")) {
                people.add(new Name(
                        new Span(tokens.get(start).start(), tokens.get(i - 1).end()), name.type(), name.probability()));
                start = i + 1;
            }
        }
        if (start == 0) {
            return List.of(name);
        }
        people.add(new Name(new Span(tokens.get(start).start(), name.span().end()), name.type(), name.probability()));
        return people;
    }

    /**
     * The model's name without the titles in it, as Colloquy's mentions are: "NATO Secretary General Mark
     * Rutte" is the person Mark Rutte (the titles are read by the rules, which keep the titled form as an
     * alias); "US President-elect" with no name after its title is only what comes before it ("US"); null when
     * nothing is left.
     */
    private Name withoutTitles(Name name) {
        List<Span> tokens =
                NameTokens.spans(text, name.span().start(), name.span().end());
        int firstTitle = -1;
        int lastTitle = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String word = cut(tokens.get(i));
            if (Names.isTitleWord(word) || Token.ABBREVIATED_TITLES.contains(word)) {
                firstTitle = firstTitle < 0 ? i : firstTitle;
                lastTitle = i;
            }
        }
        if (lastTitle < 0) {
            return name;
        }
        int rest = lastTitle + 1;
        while (rest < tokens.size()
                && !Character.isUpperCase(text.charAt(tokens.get(rest).start()))) {
            rest++;
        }
        if (rest < tokens.size()) {
            return new Name(
                    new Span(tokens.get(rest).start(), name.span().end()), EntityType.PERSON, name.probability());
        }
        int before = firstTitle - 1;
        while (before >= 0
                && !Character.isLetterOrDigit(text.charAt(tokens.get(before).start()))) {
            before--;
        }
        return before < 0
                ? null
                : new Name(new Span(name.span().start(), tokens.get(before).end()), name.type(), name.probability());
    }

    /**
     * True for words of a web or mail address or a handle ("github.com/KnVerey", "@lucyleeow"): a mark
     * of an address right before the span, or a dot and a letter right after it.
     */
    boolean insideAddress(Span span) {
        char before = span.start() > 0 ? text.charAt(span.start() - 1) : ' ';
        boolean dotted = span.end() + 1 < text.length()
                && text.charAt(span.end()) == '.'
                && Character.isLetter(text.charAt(span.end() + 1));
        return "/@#=:_".indexOf(before) >= 0 || dotted;
    }

    /**
     * "Kubernetes APIs", "Prometheus Operator": a person the model read from a listed product's name and the word
     * after it is no person; unless that name is also a given name ("Julia Roberts") or an ordinary word.
     */
    private boolean productReadAsPerson(Name name) {
        if (name.type() != EntityType.PERSON) {
            return false;
        }
        List<Span> tokens =
                NameTokens.spans(text, name.span().start(), name.span().end());
        String first = cut(tokens.get(0));
        return tokens.size() >= 2
                && !GivenNames.LIST.contains(first)
                && ReferenceNames.standard().startingWith(first).stream()
                        .anyMatch(form -> form.words() == 1
                                && form.surface().equals(first)
                                && !form.plain()
                                && (form.brand() || form.entry().type() == EntityType.PRODUCT));
    }

    /** "Team Member", "Senior Administration Official": a role, nobody in particular. */
    private boolean onlyRoleWords(Name name) {
        return onlyRoleWords(name.span());
    }

    /** True when every word of {@code span} is a word of a role or rank. */
    boolean onlyRoleWords(Span span) {
        return NameTokens.spans(text, span.start(), span.end()).stream()
                .allMatch(token -> ROLE_WORDS.contains(cut(token).toLowerCase(Locale.ROOT)));
    }

    /** "North Koreans": a people, however the model typed it. */
    private boolean endsInDemonym(Name name) {
        List<Span> tokens =
                NameTokens.spans(text, name.span().start(), name.span().end());
        return gazetteer.isDemonym(cut(tokens.get(tokens.size() - 1)));
    }

    /** The name the statistical model found starting exactly where {@code token} starts, if any. */
    Optional<Name> modelNameAt(Token token) {
        return Optional.ofNullable(modelNames.get(token.start()));
    }

    /** The name the statistical model found that covers {@code span}, if any. */
    Optional<Name> modelNameCovering(Span span) {
        Map.Entry<Integer, Name> before = modelNames.floorEntry(span.start());
        return before == null || before.getValue().span().end() < span.end()
                ? Optional.empty()
                : Optional.of(before.getValue());
    }

    /** Every name the statistical model found, in text order. */
    Collection<Name> modelNames() {
        return modelNames.values();
    }

    /** True when some candidate found so far overlaps {@code span}. */
    boolean overlapsFound(Span span) {
        int next = covered.nextSetBit(span.start());
        return next >= 0 && next < span.end();
    }

    String text() {
        return text;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    Map<String, Entry> articleNames() {
        return articleNames;
    }

    List<Candidate> found() {
        return found;
    }

    /** Adds the candidate and claims its characters. */
    void add(Candidate candidate) {
        found.add(candidate);
        claimed.set(candidate.span().start(), candidate.span().end());
        covered.set(candidate.span().start(), candidate.span().end());
    }

    /** Adds the candidate without claiming its characters: other rules may still read them. */
    void addUnclaimed(Candidate candidate) {
        found.add(candidate);
        covered.set(candidate.span().start(), candidate.span().end());
    }

    boolean isClaimed(Token token) {
        return claimed.get(token.start());
    }

    boolean isTitle(Token token) {
        return Names.isTitleWord(token.text()) || Token.ABBREVIATED_TITLES.contains(token.text());
    }

    boolean isStopWord(Token token) {
        String word = token.text();
        return NEVER_NAMES.contains(word)
                || Names.isNotAName(word)
                || token.sentenceStart() && word.toLowerCase(Locale.ROOT).endsWith("ly") && !token.isAcronym();
    }

    List<Token> withoutLeadingStopWords(List<Token> run) {
        int first = 0;
        while (first < run.size() && isStopWord(run.get(first))) {
            first++;
        }
        return run.subList(first, run.size());
    }

    boolean hasKnownPart(Token word) {
        for (String part : word.text().split("-")) {
            if (gazetteer.lookup(part).isPresent() || articleNames.containsKey(part)) {
                return true;
            }
        }
        return false;
    }

    /** The number of words of the longest known name starting at {@code k}, or 0. */
    int knownWidth(List<Token> run, int k) {
        int widest = Math.min(gazetteer.longestForm(), run.size() - k);
        for (int width = widest; width >= 1; width--) {
            List<Token> window = run.subList(k, k + width);
            // Shouted words are read in title case only when they stand alone ("MANCHESTER —"), not in a
            // speaker label such as "SOFIA LINDQVIST:".
            Optional<Entry> entry = lookup(window, width == run.size());
            if (entry.isPresent()
                    && !(width == 1 && ambiguousAtSentenceStart(window.get(0), entry.get()))
                    && !surnameOfAnotherName(run, k, width, entry.get())) {
                return width;
            }
        }
        return 0;
    }

    /**
     * "Clara Vance" is not JD Vance: a known surname right after a given name that is no known name itself
     * belongs to that fuller name.
     */
    private boolean surnameOfAnotherName(List<Token> run, int k, int width, Entry entry) {
        if (width != 1
                || k == 0
                || entry.type() != EntityType.PERSON
                || entry.name().equals(run.get(k).text())) {
            return false;
        }
        Token before = run.get(k - 1);
        return before.isCapitalised()
                && !isTitle(before)
                && !isStopWord(before)
                && !before.isAcronym()
                && lookup(run.subList(k - 1, k), false).isEmpty();
    }

    private boolean ambiguousAtSentenceStart(Token token, Entry entry) {
        return token.sentenceStart()
                && entry.type() == EntityType.PERSON
                && !articleNames.containsKey(token.text())
                && Names.isTitleWord(token.text());
    }

    Optional<Entry> lookup(List<Token> window) {
        return lookup(window, true);
    }

    private Optional<Entry> lookup(List<Token> window, boolean readShouted) {
        if (window.isEmpty()) {
            return Optional.empty();
        }
        String surface = cut(span(window));
        Entry own = articleNames.get(surface);
        if (own != null) {
            return Optional.of(own);
        }
        Optional<Entry> known = gazetteer.lookup(surface);
        // Datelines and headings shout ("MANCHESTER"); long words in capitals are names in title case.
        if (readShouted
                && known.isEmpty()
                && surface.length() >= 4
                && surface.equals(surface.toUpperCase(Locale.ROOT))) {
            known = gazetteer.lookup(titleCase(surface));
        }
        return known;
    }

    /** From the first word's start to the last word's end. */
    static Span span(List<Token> words) {
        return new Span(words.get(0).start(), words.get(words.size() - 1).end());
    }

    /** The name as it reads, with a line break inside it (hard-wrapped text) read as a space. */
    String squeezed(Span span) {
        return Snippets.squeezeSpaces(cut(span));
    }

    String cut(Span span) {
        return text.substring(span.start(), span.end());
    }

    private static String titleCase(String shouted) {
        StringBuilder out = new StringBuilder(shouted.length());
        boolean wordStart = true;
        for (int i = 0; i < shouted.length(); i++) {
            char c = shouted.charAt(i);
            out.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c);
        }
        return out.toString();
    }
}
