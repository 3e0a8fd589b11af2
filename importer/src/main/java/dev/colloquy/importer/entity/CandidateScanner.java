package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.entity.Candidate.Evidence;
import dev.colloquy.importer.entity.Gazetteer.Entry;
import dev.colloquy.importer.text.Names;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the candidate mentions of one paragraph: known names first (the article's own participants, then
 * the gazetteer, longest form first), then the shapes names take — bracketed given names, acronyms with
 * their expansions, runs of capitals ending in an organisation or event word, titles before names, and
 * two to four capitalised words that are nothing known.
 */
final class CandidateScanner {

    private static final Pattern BRACKETED_GIVEN_NAME = Pattern.compile(
            "\\((\\p{Lu}\\p{L}+(?:[ \\u00a0]\\p{Lu}\\p{L}+){0,2})\\)[ \\u00a0](\\p{Lu}\\p{L}+(?:-\\p{Lu}\\p{L}+)?)");
    private static final Pattern ACRONYM_EXPANSION = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}-]*[ \\u00a0](?:(?:of|and|for|the)[ \\u00a0])?){1,7}\\p{Lu}[\\p{L}-]*)[ \\u00a0]\\((\\p{Lu}{2,}s?)\\)");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}.-]*)[ \\u00a0]$");
    private static final Pattern PLACE_PREPOSITION = Pattern.compile("(?:^|\\s)(?:in|at|near|outside)[ \\u00a0]$");
    private static final Set<String> CONNECTORS = Set.of("of", "de", "von", "van", "der", "al", "bin", "la", "le",
            "du", "da", "del", "for", "and");
    private static final Set<String> ORGANIZATION_WORDS = Set.of("Council", "Union", "Organization", "Organisation",
            "Ministry", "Party", "Army", "Navy", "Agency", "Bank", "Commission", "Committee", "Institute", "University",
            "College", "School", "Foundation", "Association", "Federation", "Corporation", "Company", "Group",
            "Forum", "Court", "Parliament", "Assembly", "Front", "Movement", "Alliance", "Club", "League", "Times",
            "Post", "News", "Observatory", "Museum", "Orchestra", "Theatre", "Theater", "Gallery", "Authority",
            "Department", "Office", "Service", "Police", "Guard", "Corps", "FC", "Inc", "Ltd", "Airlines", "Motors",
            "Laboratory", "Laboratories", "Hospital", "Society", "Trust", "Fund", "Board", "Bureau", "Gazette",
            "Journal", "Herald", "Tribune", "Review", "Magazine", "Weekly", "Daily", "Studios", "Records", "Press",
            "Rovers", "United", "Athletic", "Wanderers", "Albion", "Rangers", "Hotspur", "Dynamo", "Sporting",
            "Radio", "Courier", "Television", "TV", "Broadcasting", "Network", "Channel", "Chronicle", "Observer",
            "Telegraph", "Mail", "Express", "Independent", "Mirror", "Globe", "Bulletin", "Register",
            "Project", "Initiative", "Programme", "Program", "Centre", "Center", "Lab", "Labs", "Ensemble", "Choir");
    private static final Set<String> EVENT_WORDS = Set.of("Olympics", "Games", "Cup", "Championship",
            "Championships", "Summit", "Conference", "War", "Festival", "Expo", "Marathon", "Prix", "Biennale",
            "Revolution", "Crisis", "Election", "Elections", "Tournament", "Open", "Series", "Awards", "Tour",
            "Race", "Classic", "Derby");
    private static final Set<String> LOCATION_WORDS = Set.of("Square", "Street", "Avenue", "Road", "Lane", "Park",
            "Bridge", "Harbour", "Harbor", "Bay", "Island", "Islands", "Lake", "River", "Mountain", "Mountains",
            "Valley", "Hill", "Hills", "Beach", "Airport", "Station", "Stadium", "Arena", "Hall", "Palace", "Tower",
            "Cathedral", "Church", "Mosque", "Temple", "Castle", "Glacier", "Sea", "Ocean", "Coast", "Desert",
            "Forest", "Canyon", "Peninsula", "Strait", "Gulf", "County", "Province", "Region", "District");
    private static final Set<String> PRODUCT_WORDS = Set.of("System", "Systems", "Missile", "Missiles", "Rocket",
            "Tank", "Drone", "Aircraft", "Jet", "Fighter", "Launcher", "Rifle", "Vehicle", "Telescope", "Phone",
            "Satellite", "Interceptor", "Reactor", "Engine", "Software", "Vaccine");
    private static final Set<String> DIRECTIONS = Set.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Central", "Greater", "Upper", "Lower", "New", "Old", "Inner", "Outer", "Downtown");
    /** Articles of other languages: "Le Quai", "Al Majalla" name places and titles, not people. */
    private static final Set<String> ARTICLES = Set.of("Le", "La", "Les", "L", "El", "Il", "Al", "Der", "Die", "Das",
            "De", "Het", "Los", "Las");
    private static final Set<String> NEVER_NAMES = Set.of("Oh", "Okay", "OK", "Hello", "Dear", "Thank",
            "Thanks", "Yes", "No", "Well", "Secondly", "Thirdly", "Firstly", "Finally", "However", "Moreover",
            "Meanwhile", "Indeed", "Also", "Again", "Today", "Now", "Then", "Mr", "Mrs", "Ms", "Dr", "Sir", "Madam",
            "God", "Internet", "Web", "Christmas", "Easter", "Ramadan", "Eid", "English", "French");

    private final String text;
    private final Gazetteer gazetteer;
    private final Map<String, Entry> articleNames;
    private final List<Candidate> found = new ArrayList<>();
    private final BitSet claimed = new BitSet();

    CandidateScanner(String text, Gazetteer gazetteer, Map<String, Entry> articleNames) {
        this.text = text;
        this.gazetteer = gazetteer;
        this.articleNames = articleNames;
    }

    List<Candidate> candidates() {
        return found;
    }

    /** Scans {@code text[from, to)}; {@code titleCase} blocks (headlines) only yield known names. */
    void scan(int from, int to, boolean titleCase) {
        if (!titleCase) {
            bracketedGivenNames(from, to);
            acronymExpansions(from, to);
        }
        List<Token> tokens = Token.tokenize(text, from, to);
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (isClaimed(token) || !token.isCapitalised()) {
                i++;
                continue;
            }
            int end = runEnd(tokens, i);
            scanRun(tokens.subList(i, end), titleCase, end < tokens.size() ? tokens.get(end) : null);
            i = end;
        }
    }

    private int runEnd(List<Token> tokens, int start) {
        int end = start + 1;
        while (end < tokens.size() && tokens.get(end - 1).joinsWith(tokens.get(end), text) && !isClaimed(tokens.get(end))) {
            Token next = tokens.get(end);
            boolean connector = CONNECTORS.contains(next.text()) && end + 1 < tokens.size()
                    && tokens.get(end + 1).isCapitalised() && next.joinsWith(tokens.get(end + 1), text);
            if (!next.isCapitalised() && !connector) {
                break;
            }
            end += connector ? 2 : 1;
        }
        return end;
    }

    private void scanRun(List<Token> run, boolean titleCase, Token following) {
        List<Token> named = withoutLeadingStopWords(run);
        if (!titleCase && named.size() >= 2 && lookup(named).isEmpty() && keywordEntity(named)) {
            return;
        }
        int k = 0;
        int titleStart = -1;
        while (k < run.size()) {
            if (!titleCase && clubOfPlace(run, k)) {
                k += 1 + knownWidth(run, k + 1);
                titleStart = -1;
                continue;
            }
            int width = knownWidth(run, k);
            if (width > 0) {
                addKnown(run, k, width, titleStart);
                titleStart = -1;
                k += width;
            } else if (isTitle(run.get(k))) {
                titleStart = titleStart < 0 ? k : titleStart;
                k++;
            } else {
                int end = k;
                while (end < run.size() && knownWidth(run, end) == 0 && !isTitle(run.get(end))) {
                    end++;
                }
                if (!titleCase) {
                    addUnknown(run.subList(k, end), titleStart >= 0 ? run.get(titleStart) : null, following);
                }
                titleStart = -1;
                k = end;
            }
        }
    }

    /**
     * "Bayern Munich", "Real Madrid", "Inter Milan": a word that is no name of its own directly before a known
     * place names a club or company of that place.
     */
    private boolean clubOfPlace(List<Token> run, int k) {
        Token word = run.get(k);
        if (k + 1 >= run.size() || knownWidth(run, k) > 0 || isTitle(word) || isStopWord(word) || word.isAcronym()
                || gazetteer.isDemonym(word.text()) || DIRECTIONS.contains(word.text())) {
            return false;
        }
        int width = knownWidth(run, k + 1);
        if (width == 0 || k + 1 + width != run.size()) {
            return false;
        }
        Optional<Entry> place = lookup(run.subList(k + 1, k + 1 + width));
        if (place.isEmpty() || place.get().type() != EntityType.LOCATION) {
            return false;
        }
        Span span = new Span(word.start(), run.get(run.size() - 1).end());
        add(Candidate.resolved(cut(span), span, squeezed(span), EntityType.ORGANIZATION, Evidence.NAME_SHAPE));
        return true;
    }

    private List<Token> withoutLeadingStopWords(List<Token> run) {
        int first = 0;
        while (first < run.size() && isStopWord(run.get(first))) {
            first++;
        }
        return run.subList(first, run.size());
    }

    /** A run ending in "Council", "Olympics", "System"…: the whole run is one organisation, event or product. */
    private boolean keywordEntity(List<Token> run) {
        String last = run.get(run.size() - 1).text();
        EntityType type = ORGANIZATION_WORDS.contains(last) ? EntityType.ORGANIZATION
                : EVENT_WORDS.contains(last) ? EntityType.EVENT
                : PRODUCT_WORDS.contains(last) ? EntityType.PRODUCT
                : LOCATION_WORDS.contains(last) ? EntityType.LOCATION : null;
        if (type == null || run.stream().anyMatch(this::isClaimed)) {
            return false;
        }
        Span span = new Span(run.get(0).start(), run.get(run.size() - 1).end());
        add(Candidate.resolved(cut(span), span, squeezed(span), type, Evidence.KEYWORD));
        if (type == EntityType.EVENT) {
            // "Sochi Winter Olympics" also names the place it was held in.
            for (int k = 0; k < run.size() - 1; k++) {
                int width = knownWidth(run, k);
                if (width > 0) {
                    Span inner = new Span(run.get(k).start(), run.get(k + width - 1).end());
                    lookup(run.subList(k, k + width)).ifPresent(entry ->
                            found.add(Candidate.resolved(cut(inner), inner, entry.name(), entry.type(), Evidence.KNOWN)));
                    k += width - 1;
                }
            }
        }
        return true;
    }

    /** The number of words of the longest known name starting at {@code k}, or 0. */
    private int knownWidth(List<Token> run, int k) {
        int widest = Math.min(gazetteer.longestForm(), run.size() - k);
        for (int width = widest; width >= 1; width--) {
            List<Token> window = run.subList(k, k + width);
            // Shouted words are read in title case only when they stand alone ("MANCHESTER —"), not in a
            // speaker label such as "SOFIA LINDQVIST:".
            Optional<Entry> entry = lookup(window, width == run.size());
            if (entry.isPresent() && !(width == 1 && ambiguousAtSentenceStart(window.get(0), entry.get()))
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
        if (width != 1 || k == 0 || entry.type() != EntityType.PERSON || entry.name().equals(run.get(k).text())) {
            return false;
        }
        Token before = run.get(k - 1);
        return before.isCapitalised() && !isTitle(before) && !isStopWord(before) && !before.isAcronym()
                && lookup(run.subList(k - 1, k), false).isEmpty();
    }

    private boolean ambiguousAtSentenceStart(Token token, Entry entry) {
        return token.sentenceStart() && entry.type() == EntityType.PERSON && !articleNames.containsKey(token.text())
                && Names.isTitleWord(token.text());
    }

    private Optional<Entry> lookup(List<Token> window) {
        return lookup(window, true);
    }

    private Optional<Entry> lookup(List<Token> window, boolean readShouted) {
        if (window.isEmpty()) {
            return Optional.empty();
        }
        String surface = cut(new Span(window.get(0).start(), window.get(window.size() - 1).end()));
        Entry own = articleNames.get(surface);
        if (own != null) {
            return Optional.of(own);
        }
        Optional<Entry> known = gazetteer.lookup(surface);
        // Datelines and headings shout ("MANCHESTER"); long words in capitals are names in title case.
        if (readShouted && known.isEmpty() && surface.length() >= 4
                && surface.equals(surface.toUpperCase(Locale.ROOT))) {
            known = gazetteer.lookup(titleCase(surface));
        }
        return known;
    }

    private void addKnown(List<Token> run, int k, int width, int titleStart) {
        Span span = new Span(run.get(k).start(), run.get(k + width - 1).end());
        Entry entry = lookup(run.subList(k, k + width)).orElseThrow();
        Candidate candidate = Candidate.resolved(cut(span), span, entry.name(), entry.type(), Evidence.KNOWN);
        if (titleStart >= 0 && entry.type() == EntityType.PERSON) {
            candidate = candidate.withAlias(cut(new Span(run.get(titleStart).start(), span.end())));
        }
        add(candidate);
    }

    private void addUnknown(List<Token> words, Token title, Token following) {
        List<Token> name = title == null ? withoutLeadingStopWords(words) : words;
        if (name.isEmpty() || name.stream().anyMatch(word -> gazetteer.isDemonym(word.text()) || isStopWord(word))) {
            if (name.size() == 1 && name.get(0).isAcronym()) {
                addSingle(name.get(0), null);
            }
            return;
        }
        compoundOfKnownNames(name, following);
        if (name.size() == 1) {
            addSingle(name.get(0), title);
        } else if (name.size() <= 4 && name.stream().noneMatch(Token::isAcronym)
                && name.stream().noneMatch(word -> word.text().contains("-") && hasKnownPart(word))) {
            Span span = new Span(name.get(0).start(), name.get(name.size() - 1).end());
            EntityType type = ARTICLES.contains(name.get(0).text()) ? EntityType.ORGANIZATION : EntityType.PERSON;
            Candidate person = Candidate.resolved(cut(span), span, squeezed(span), type, Evidence.NAME_SHAPE);
            add(title == null ? person : person.withAlias(cut(new Span(title.start(), span.end()))));
        }
    }

    private void addSingle(Token word, Token title) {
        if (word.text().contains("-") && hasKnownPart(word)) {
            return;
        }
        String alias = title == null ? null : cut(new Span(title.start(), word.end()));
        EntityType hint = title == null && followsPlacePreposition(word) ? EntityType.LOCATION : null;
        found.add(new Candidate(word.text(), new Span(word.start(), word.end()), null, hint, alias,
                Evidence.SINGLE_WORD, title != null, word.sentenceStart()));
    }

    /** "at Wembley", "in Lisbon": a preposition of place right before the word. */
    private boolean followsPlacePreposition(Token word) {
        String before = text.substring(Math.max(0, word.start() - 8), word.start());
        return PLACE_PREPOSITION.matcher(before).find();
    }

    /** "NATO-Russia council": known names joined by a hyphen before an organisation word in lower case. */
    private void compoundOfKnownNames(List<Token> name, Token following) {
        for (Token word : name) {
            if (!word.text().contains("-") || !hasKnownPart(word)) {
                continue;
            }
            int offset = word.start();
            for (String part : word.text().split("-")) {
                Optional<Entry> entry = Optional.ofNullable(articleNames.get(part)).or(() -> gazetteer.lookup(part));
                Span span = new Span(offset, offset + part.length());
                entry.ifPresent(known -> found.add(
                        Candidate.resolved(part, span, known.name(), known.type(), Evidence.KNOWN)));
                offset += part.length() + 1;
            }
            if (following != null && word == name.get(name.size() - 1) && word.joinsWith(following, text)) {
                String keyword = capitalise(following.text());
                if (ORGANIZATION_WORDS.contains(keyword)) {
                    Span span = new Span(word.start(), following.end());
                    add(Candidate.resolved(cut(span), span, word.text() + " " + keyword, EntityType.ORGANIZATION,
                            Evidence.KEYWORD));
                }
            }
        }
    }

    private boolean hasKnownPart(Token word) {
        for (String part : word.text().split("-")) {
            if (gazetteer.lookup(part).isPresent() || articleNames.containsKey(part)) {
                return true;
            }
        }
        return false;
    }

    private void bracketedGivenNames(int from, int to) {
        Matcher matcher = BRACKETED_GIVEN_NAME.matcher(text).region(from, to);
        while (matcher.find()) {
            Span span = new Span(matcher.start(), matcher.end());
            String name = matcher.group(1) + " " + matcher.group(2);
            String alias = titleBefore(matcher.start()).map(title -> title + " " + cut(span)).orElse(cut(span));
            add(Candidate.resolved(cut(span), span, name, EntityType.PERSON, Evidence.BRACKETED_GIVEN_NAME)
                    .withAlias(alias));
        }
    }

    private Optional<String> titleBefore(int offset) {
        Matcher title = WORD_BEFORE.matcher(text.substring(Math.max(0, offset - 30), offset));
        return title.find() && Names.isTitleWord(title.group(1)) ? Optional.of(title.group(1)) : Optional.empty();
    }

    private void acronymExpansions(int from, int to) {
        Matcher matcher = ACRONYM_EXPANSION.matcher(text).region(from, to);
        while (matcher.find()) {
            String acronym = matcher.group(2).replaceAll("s$", "");
            String expansion = trimToAcronym(matcher.group(1), acronym);
            if (expansion == null) {
                continue;
            }
            int start = matcher.end(1) - expansion.length();
            Span expansionSpan = new Span(start, matcher.end(1));
            EntityType type = typeOfExpansion(expansion);
            add(Candidate.resolved(expansion, expansionSpan, expansion, type, Evidence.ACRONYM_EXPANSION));
            Span acronymSpan = new Span(matcher.start(2), matcher.end(2));
            add(Candidate.resolved(cut(acronymSpan), acronymSpan, expansion, type, Evidence.ACRONYM_EXPANSION)
                    .withAlias(cut(acronymSpan)));
        }
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
                return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
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

    private static EntityType typeOfExpansion(String expansion) {
        String last = expansion.substring(expansion.lastIndexOf(' ') + 1);
        if (PRODUCT_WORDS.contains(last)) {
            return EntityType.PRODUCT;
        }
        return EVENT_WORDS.contains(last) ? EntityType.EVENT : EntityType.ORGANIZATION;
    }

    private boolean isTitle(Token token) {
        return Names.isTitleWord(token.text()) || Token.ABBREVIATED_TITLES.contains(token.text());
    }

    private boolean isStopWord(Token token) {
        String word = token.text();
        return NEVER_NAMES.contains(word) || Names.isNotAName(word)
                || token.sentenceStart() && word.toLowerCase(Locale.ROOT).endsWith("ly") && !token.isAcronym();
    }

    private void add(Candidate candidate) {
        found.add(candidate);
        claimed.set(candidate.span().start(), candidate.span().end());
    }

    private boolean isClaimed(Token token) {
        return claimed.get(token.start());
    }

    /** The name as it reads, with a line break inside it (hard-wrapped text) read as a space. */
    private String squeezed(Span span) {
        return cut(span).replaceAll("[\\s\\u00a0]+", " ");
    }

    private String cut(Span span) {
        return text.substring(span.start(), span.end());
    }

    private static String titleCase(String shouted) {
        StringBuilder out = new StringBuilder(shouted.length());
        boolean wordStart = true;
        for (char c : shouted.toCharArray()) {
            out.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c);
        }
        return out.toString();
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
