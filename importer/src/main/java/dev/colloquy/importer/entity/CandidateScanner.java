package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.entity.Candidate.Evidence;
import dev.colloquy.importer.entity.Gazetteer.Entry;
import dev.colloquy.importer.entity.model.NameModel.Name;
import dev.colloquy.importer.text.WordList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds the candidate mentions of one paragraph by composing the rule families in the order that decides
 * which claims its words first: bracketed given names, acronyms with their expansions and links naming the
 * project they point at over the whole paragraph, then the software and companies of the open-data reference lists (lower-case names too), then in each run of capitals a keyword ending the run, and word by word the statistical model's
 * names where they are wider than a known name, clubs of places, known names (the article's own
 * participants, then the gazetteer, longest form first), titles before names, and for words that are nothing
 * known hyphenated compounds, names after a title, and single words (kept only if they join a name found
 * elsewhere). Capitalised words that neither the model nor a rule reads as a name are no entity: capitals
 * alone prove nothing.
 */
final class CandidateScanner {

    /** "Bank of England", "von der Leyen": particles that join capitalised words into one run. */
    private static final Set<String> CONNECTORS = WordList.asWritten("/entity/name-connectors.txt");

    /** The connectors that may instead stand between two names. */
    private static final Set<String> COORDINATORS = WordList.asWritten("/entity/name-coordinators.txt");

    private static final CandidateRule BRACKETED_GIVEN_NAMES = new BracketedGivenNames();
    private static final CandidateRule ACRONYM_EXPANSIONS = new AcronymExpansions();
    private static final CandidateRule KEYWORD_ENTITIES = new KeywordEntities();
    private static final CandidateRule CLUBS_OF_PLACES = new ClubsOfPlaces();
    private static final CandidateRule KNOWN_NAMES = new KnownNames();
    private static final CandidateRule TITLES_BEFORE_NAMES = new TitlesBeforeNames();
    private static final CandidateRule HYPHENATED_COMPOUNDS = new HyphenatedCompounds();
    private static final CandidateRule SINGLE_WORDS = new SingleWords();
    private static final CandidateRule MODEL_NAMES = new ModelNames();
    private static final CandidateRule TITLED_NAMES = new TitledNames();
    private static final CandidateRule GIVEN_NAMES = new GivenNames();

    private final Scan scan;
    private final CandidateRule linkedProjects;
    private final CandidateRule listedNames;
    private final CandidateRule listedNamesInHeadlines;

    CandidateScanner(String text, Gazetteer gazetteer, Map<String, Entry> articleNames, List<Name> modelNames) {
        this.scan = new Scan(text, gazetteer, articleNames, modelNames);
        List<LinkedProjects.Link> links = LinkedProjects.in(text);
        ReferenceNames listed = ReferenceNames.standard()
                .withProducts(links.stream().map(LinkedProjects.Link::name).toList());
        this.linkedProjects = new LinkedProjects(links);
        this.listedNames = new ListedNames(listed, false);
        this.listedNamesInHeadlines = new ListedNames(listed, true);
    }

    /**
     * The candidates found, with the model's names that no rule met (names that do not open with a capital,
     * or that punctuation splits) added at the end.
     */
    List<Candidate> candidates() {
        for (Name name : scan.modelNames()) {
            if (!scan.overlapsFound(name.span())
                    && Character.isLetterOrDigit(scan.text().charAt(name.span().start()))) {
                scan.add(Candidate.resolved(
                        scan.cut(name.span()), name.span(), scan.squeezed(name.span()), name.type(), Evidence.MODEL));
            }
        }
        return typedByList(scan.text(), scan.found());
    }

    /** ", ", " and ", ", or ": what stands between two items of one list. */
    private static final Pattern LIST_GAP = Pattern.compile(",? (?:and|or) |, ");

    /**
     * "for Linux, Mac, and Windows", "SDL, SFML, and Allegro": the items of one list are things of one kind, so
     * a brand with no word of its own to say what it is becomes a product when it stands in a list beside one. A
     * brand that other mentions show to be a product in this article ("on Linux") is one in every list too.
     */
    private static List<Candidate> typedByList(String text, List<Candidate> found) {
        List<Candidate> typed = new ArrayList<>(found);
        Set<String> products = EntityResolver.brandsReadAsProducts(typed);
        typed.replaceAll(c -> c.evidence() == Evidence.BRAND && products.contains(c.name())
                ? c.resolvedTo(c.name(), EntityType.PRODUCT)
                : c);
        List<Integer> order = IntStream.range(0, typed.size())
                .boxed()
                .sorted(Comparator.comparing(i -> typed.get(i).span()))
                .toList();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 0; k < order.size(); k++) {
                Candidate brand = typed.get(order.get(k));
                if (brand.evidence() == Evidence.BRAND
                        && brand.type() != EntityType.PRODUCT
                        && (listedWithProduct(text, brand, k > 0 ? typed.get(order.get(k - 1)) : null)
                                || listedWithProduct(
                                        text, brand, k + 1 < order.size() ? typed.get(order.get(k + 1)) : null))) {
                    typed.set(
                            order.get(k),
                            new Candidate(
                                    brand.surface(),
                                    brand.span(),
                                    brand.name(),
                                    EntityType.PRODUCT,
                                    brand.alias(),
                                    Evidence.BRAND_IN_CONTEXT,
                                    brand.titled(),
                                    brand.sentenceStart()));
                    changed = true;
                }
            }
        }
        return typed;
    }

    /** Whether {@code other} is a product and only a list's separator stands between it and {@code brand}. */
    private static boolean listedWithProduct(String text, Candidate brand, Candidate other) {
        if (other == null || !other.isResolved() || other.type() != EntityType.PRODUCT) {
            return false;
        }
        boolean before = other.span().end() <= brand.span().start();
        String gap = before
                ? text.substring(other.span().end(), brand.span().start())
                : brand.span().end() <= other.span().start()
                        ? text.substring(brand.span().end(), other.span().start())
                        : "";
        return LIST_GAP.matcher(gap).matches();
    }

    /**
     * Makes sure a person the article's metadata names (its interviewee, interviewer or author) is an entity
     * even when no paragraph read mentions them ("postauthors" in front matter): their first occurrence in the
     * source becomes a mention, if nothing found so far already has their name.
     */
    void mentionSomewhere(String name, EntityType type) {
        if (scan.found().stream().anyMatch(candidate -> name.equals(candidate.name()))) {
            return;
        }
        int at = scan.text().indexOf(name);
        if (at >= 0) {
            Span span = new Span(at, at + name.length());
            scan.addUnclaimed(Candidate.resolved(name, span, name, type, Evidence.KNOWN));
        }
    }

    /** Scans {@code text[from, to)}; {@code titleCase} blocks (headlines) only yield known names. */
    void scan(int from, int to, boolean titleCase) {
        List<Token> tokens = Token.tokenize(scan.text(), from, to);
        Run paragraph = Run.paragraph(from, to, tokens);
        if (!titleCase) {
            BRACKETED_GIVEN_NAMES.apply(scan, paragraph, 0);
            ACRONYM_EXPANSIONS.apply(scan, paragraph, 0);
            linkedProjects.apply(scan, paragraph, 0);
        }
        (titleCase ? listedNamesInHeadlines : listedNames).apply(scan, paragraph, 0);
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (scan.isClaimed(token) || !token.isCapitalised()) {
                i++;
                continue;
            }
            int end = runEnd(tokens, i);
            scanRun(tokens.subList(i, end), titleCase, end < tokens.size() ? tokens.get(end) : null);
            i = end;
        }
    }

    private int runEnd(List<Token> tokens, int start) {
        return capitalisedEnd(tokens, start, true);
    }

    /**
     * Whether the coordinator at {@code at} stands between two whole names rather than inside one: the words after
     * it open as the run does ("Berkeley Institute for … and Berkeley Institute for …"), or each side holds a word
     * that heads names of a kind ("University of California and Stanford University"). One name's inner "and"
     * ("Bosnia and Herzegovina", "Department of Health and Human Services") has neither.
     */
    private boolean coordinatesTwoNames(List<Token> tokens, int start, int at) {
        List<Token> before = tokens.subList(start, at);
        List<Token> after = tokens.subList(at + 1, namePartEnd(tokens, at + 1));
        return before.get(0).text().equals(after.get(0).text()) || holdsHeadWord(before) && holdsHeadWord(after);
    }

    /** The end of the capitalised words from {@code from}, joined by connectors that do not coordinate. */
    private int namePartEnd(List<Token> tokens, int from) {
        return capitalisedEnd(tokens, from, false);
    }

    /**
     * Where the capitalised words from {@code start}, joined by connectors ("of", "for", "and"), end. A whole run stops
     * at a word another rule claimed and at a coordinator between two whole names; a name part stops at any
     * coordinator.
     */
    private int capitalisedEnd(List<Token> tokens, int start, boolean wholeRun) {
        String text = scan.text();
        int end = start + 1;
        while (end < tokens.size()
                && tokens.get(end - 1).joinsWith(tokens.get(end), text)
                && !(wholeRun && scan.isClaimed(tokens.get(end)))) {
            Token next = tokens.get(end);
            boolean coordinator = COORDINATORS.contains(next.text());
            boolean connector = CONNECTORS.contains(next.text())
                    && (wholeRun || !coordinator)
                    && end + 1 < tokens.size()
                    && tokens.get(end + 1).isCapitalised()
                    && (!wholeRun || next.joinsWith(tokens.get(end + 1), text));
            if (!next.isCapitalised() && !connector) {
                break;
            }
            if (wholeRun && connector && coordinator && coordinatesTwoNames(tokens, start, end)) {
                break;
            }
            end += connector ? 2 : 1;
        }
        return end;
    }

    /** Whether the word is a connector that may stand between two names. */
    static boolean coordinates(Token word) {
        return COORDINATORS.contains(word.text());
    }

    private static boolean holdsHeadWord(List<Token> words) {
        return words.stream()
                .map(Token::text)
                .anyMatch(word -> EntityKeywords.ORGANIZATION.contains(word)
                        || EntityKeywords.EVENT.contains(word)
                        || EntityKeywords.LOCATION.contains(word)
                        || EntityKeywords.PRODUCT.contains(word));
    }

    /** A run of capitals: a keyword may take it whole; otherwise it is read word by word. */
    private void scanRun(List<Token> words, boolean titleCase, Token following) {
        if (!titleCase && KEYWORD_ENTITIES.apply(scan, Run.of(words, null, following), 0) > 0) {
            return;
        }
        Token title = null;
        int k = 0;
        while (k < words.size()) {
            Run run = Run.of(words, title, following);
            int taken = titleCase ? 0 : MODEL_NAMES.apply(scan, run, k);
            if (taken == 0 && !titleCase) {
                taken = CLUBS_OF_PLACES.apply(scan, run, k);
            }
            if (taken == 0) {
                taken = KNOWN_NAMES.apply(scan, run, k);
            }
            if (taken == 0 && TITLES_BEFORE_NAMES.apply(scan, run, k) > 0) {
                // Consecutive titles ("Foreign Minister") all belong to the name that follows.
                title = title == null ? words.get(k) : title;
                k++;
                continue;
            }
            if (taken == 0) {
                taken = unknownWords(run, k, titleCase);
            }
            title = null;
            k += taken;
        }
    }

    /** Words up to the next known name, title or model name, read by their shape; not in headlines. */
    private int unknownWords(Run run, int at, boolean titleCase) {
        int end = at + 1;
        while (end < run.size()
                && scan.knownWidth(run.words(), end) == 0
                && !scan.isTitle(run.word(end))
                && scan.modelNameAt(run.word(end)).isEmpty()) {
            end++;
        }
        if (!titleCase) {
            readShape(Run.of(run.words().subList(at, end), run.title(), run.following()));
        }
        return end - at;
    }

    private void readShape(Run words) {
        List<Token> name = words.title() == null ? scan.withoutLeadingStopWords(words.words()) : words.words();
        if (name.isEmpty()
                || name.stream().anyMatch(word -> scan.gazetteer().isDemonym(word.text()) || scan.isStopWord(word))) {
            // A lone acronym that is also a common word ("US", "IT") may still be a name.
            if (name.size() == 1 && name.get(0).isAcronym()) {
                SINGLE_WORDS.apply(scan, Run.of(name, null, null), 0);
            }
            return;
        }
        Run named = Run.of(name, words.title(), words.following());
        HYPHENATED_COMPOUNDS.apply(scan, named, 0);
        if (name.size() == 1) {
            SINGLE_WORDS.apply(scan, named, 0);
        } else if (TITLED_NAMES.apply(scan, named, 0) == 0) {
            GIVEN_NAMES.apply(scan, named, 0);
        }
    }
}
