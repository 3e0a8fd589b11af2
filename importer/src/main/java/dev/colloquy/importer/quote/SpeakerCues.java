package dev.colloquy.importer.quote;

import dev.colloquy.core.entity.Entity;
import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.entity.Mention;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.text.Names;
import dev.colloquy.importer.text.WordList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells who speaks a quote from the cue around it: a verb of speaking after the quote ("…,” Rutte said",
 * "…,” said the minister") or before it in the same sentence or the one before ("Rutte responded, “…",
 * "He observed how … . “…"), a noun owned by the speaker ("Gael's point that “…”", "His language was: “…”"),
 * or a phrase naming the speaker after it ("according to Rutte"). The speaker is the subject of the verb: the
 * word right before it once auxiliaries and adverbs are set aside, or for "…, saying “…”" the subject of the
 * sentence. A person the entity stage found is named; "he" and "she" stand for the subject of the nearest
 * sentence before that has one; "the President" stands for the person most often called "President X". A
 * subject that is none of these ("One woman said", "people who say", "they said") is an unnamed speaker:
 * the quote is cued, but nobody is guessed.
 */
final class SpeakerCues {

    private static final Pattern SPEECH_VERB =
            Pattern.compile("(?i)\\b(" + WordList.choice("/quote/speech-cue-verbs.txt") + ")\\b");
    private static final Pattern SPEECH_NOUN =
            Pattern.compile("(?i)\\b(" + WordList.choice("/quote/speech-cue-nouns.txt") + ")\\b");
    private static final Pattern SPEAKER_AFTER =
            Pattern.compile("(?i)\\b(" + WordList.choice("/quote/speaker-after-cues.txt") + ")\\b");
    /** A phrase naming the speaker, right after the closing mark ("…,” according to Rutte"). */
    private static final Pattern SPEAKER_AFTER_QUOTE = Pattern.compile(
            "(?i)\\G[\\s\\u00a0,]*(" + WordList.choice("/quote/speaker-after-cues.txt") + ")[\\s\\u00a0]+");
    /** A word naming where the words come from when a name follows at once ("…” from Clayton"). */
    private static final Pattern SOURCE_AFTER_QUOTE = Pattern.compile(
            "(?i)\\G[\\s\\u00a0,]*(" + WordList.choice("/quote/source-after-quote.txt") + ")[\\s\\u00a0]+");

    private static final Set<String> SKIPPED = WordList.load("/quote/subject-skip-words.txt");
    private static final Set<String> LISTENER_VERBS = WordList.load("/quote/listener-verbs.txt");
    private static final Set<String> HYPOTHETICAL_CUES = WordList.load("/quote/hypothetical-cues.txt");
    /** Past forms among the verbs of speaking that do not end in -ed. */
    private static final Set<String> PAST_FORMS = Set.of("said", "told", "wrote", "put");

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "be", "been", "being");
    private static final Set<String> ABBREVIATED_TITLES = WordList.asWritten("/entity/abbreviated-titles.txt");
    /** "…, asked by George Stephanopoulos, “…”": the speaker is the agent of a passive verb of speaking. */
    private static final Pattern BY_AGENT = Pattern.compile("\\G[\\s\\u00a0]+by[\\s\\u00a0]+");
    /** What a pronoun's contraction adds ("he’s", "she'd"): the pronoun is the word before it. */
    private static final Pattern CONTRACTION = Pattern.compile("['’](s|d|ll|ve|re|m)$");

    private static final Set<String> RELATIVES = Set.of("who", "that", "which");
    /** Words that open a noun phrase without an owner ("the adage", "a statement"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those");
    /** How many words before a noun of speech its owner may stand ("my very first question"). */
    private static final int MAX_OWNER_REACH = 3;
    /** Conjunctions that join clauses: a condition may open the clause after them ("and if people ask"). */
    private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "or", "so", "because");
    /** Words after which a participle ("in saying", "by saying") takes the sentence's subject. */
    private static final Set<String> PARTICIPLE_LEADS = Set.of("in", "by", "while", "when", "after", "before", "on");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final String CLOSERS = "\"”’)»";
    private static final int MAX_VERB_DISTANCE = 40;
    private static final int MAX_AFTER_CUE_DISTANCE = 40;
    private static final int MAX_DEPTH = 4;
    private static final int MAX_PHRASE_WORDS = 6;
    private static final int LOOK_BACK = 1500;
    /** The shortest word of a full name that names its person alone ("Ben", not "Li" or "de"). */
    private static final int MIN_NAME_PART = 3;
    /** How far before a quote its tag is looked for: a verb and its object, or a lead-in's last punctuation. */
    private static final int TAG_REACH = 40;

    /** Who the cue says speaks. */
    enum Voice {
        /** No cue: nothing ties the quote to a speaker. */
        NONE,
        /** A person the entity stage found. */
        PERSON,
        /** Someone the text describes but does not name ("one woman", "people who say", "they"). */
        UNNAMED,
        /** The writer or the turn's speaker ("I said", "we say"): their own words, not a quote of another. */
        FIRST_PERSON,
        /** The person addressed ("You said, …"). */
        SECOND_PERSON,
        /**
         * Someone who might say it: a modal or a condition makes the verb hypothetical ("you might say “no”", "if
         * someone asks ‘why?’"); nobody said the words.
         */
        HYPOTHETICAL,
        /**
         * No verb, only the marker ", quote, “…”": the words carry on what was quoted just before them, or are
         * reported without a speaker.
         */
        MARKED
    }

    /** A cue and the person it names (only for {@link Voice#PERSON}). */
    record Cue(Voice voice, String speaker) {

        static final Cue NONE = new Cue(Voice.NONE, null);
        static final Cue UNNAMED = new Cue(Voice.UNNAMED, null);

        static Cue person(String name) {
            return new Cue(Voice.PERSON, name);
        }

        boolean cued() {
            return voice != Voice.NONE;
        }
    }

    /** A person's mention: where the name stands and whom it names. */
    record NamedSpan(Span span, String person) {}

    private final String text;
    private final List<NamedSpan> people;
    /** Organisations and places by name: a body that says or writes something ("North Korea said", "CNN reported"). */
    private final List<NamedSpan> bodies;
    /** For each title ("president"), the person most often named with it ("President Biden"). */
    private final Map<String, String> titled;
    /** Who speaks the turn being read: "he" and "she" in it stand for someone else. */
    private final String turnSpeaker;
    /** Whom the turn speaks to, addressed as "you": "he" and "she" in it do not stand for them either. */
    private final String listener;
    /**
     * Each word of a person's full name ("Linus", "Torvalds" of "Linus Torvalds"), to the one person whose name
     * holds it, or to "" when two people's names do: a first name or surname alone names that person.
     */
    private final Map<String, String> nameParts;

    private SpeakerCues(
            String text,
            List<NamedSpan> people,
            List<NamedSpan> bodies,
            Map<String, String> titled,
            Map<String, String> nameParts,
            String turnSpeaker,
            String listener) {
        this.text = text;
        this.people = people;
        this.bodies = bodies;
        this.titled = titled;
        this.nameParts = nameParts;
        this.turnSpeaker = turnSpeaker;
        this.listener = listener;
    }

    /**
     * The same cues read inside a turn of {@code speaker} to {@code listener} (either may be null), whom a
     * third-person pronoun there cannot mean: the one speaks as "I", the other is "you".
     */
    SpeakerCues inTurnOf(String speaker, String listener) {
        return new SpeakerCues(text, people, bodies, titled, nameParts, speaker, listener);
    }

    /** Whether two names name one person: the same surname ("MS. PSAKI", "Jen Psaki"). */
    static boolean samePerson(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String[] first = a.strip().split("[\\s.]+");
        String[] second = b.strip().split("[\\s.]+");
        return first[first.length - 1].equalsIgnoreCase(second[second.length - 1]);
    }

    SpeakerCues(String text, List<Entity> entities) {
        this.text = text;
        List<NamedSpan> spans = new ArrayList<>();
        List<NamedSpan> named = new ArrayList<>();
        Map<String, Map<String, TitleUse>> titles = new HashMap<>();
        for (Entity entity : entities) {
            if (entity.type() == EntityType.ORGANIZATION || entity.type() == EntityType.LOCATION) {
                for (Span span : occurrences(text, forms(entity))) {
                    named.add(new NamedSpan(span, entity.name()));
                }
            } else if (entity.type() == EntityType.PERSON) {
                for (Span span : occurrences(text, forms(entity))) {
                    spans.add(new NamedSpan(span, entity.name()));
                    countTitle(titles, span, entity.name());
                }
            }
        }
        this.people = outermost(spans);
        this.bodies = outermost(named);
        this.turnSpeaker = null;
        this.listener = null;
        this.titled = new HashMap<>();
        titles.forEach((title, uses) -> titled.put(title, TitleUse.meant(uses)));
        this.nameParts = nameParts(entities);
    }

    private static Map<String, String> nameParts(List<Entity> entities) {
        Map<String, String> parts = new HashMap<>();
        for (Entity entity : entities) {
            String[] words = entity.name().strip().split("[\\s\\u00a0]+");
            if (entity.type() != EntityType.PERSON || words.length < 2) {
                continue;
            }
            for (String word : words) {
                if (word.length() >= MIN_NAME_PART
                        && Character.isUpperCase(word.codePointAt(0))
                        && !Names.isTitleWord(word)) {
                    parts.merge(word, entity.name(), (one, other) -> one.equals(other) ? one : "");
                }
            }
        }
        return parts;
    }

    private static Set<String> forms(Entity entity) {
        Set<String> forms = new java.util.HashSet<>(entity.aliases());
        forms.add(entity.name());
        for (Mention mention : entity.mentions()) {
            forms.add(mention.text().text());
        }
        return forms;
    }

    /**
     * Every place a form of the name stands as whole words: the entity stage lists a name's mentions where it
     * recognised them, and a speaker's cue may name them anywhere.
     */
    private static List<Span> occurrences(String text, Set<String> forms) {
        List<Span> found = new ArrayList<>();
        for (String form : forms) {
            if (form.isBlank()) {
                continue;
            }
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                int end = at + form.length();
                boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                if (whole) {
                    found.add(new Span(at, end));
                }
            }
        }
        return found;
    }

    /** The names in text order, a name inside a longer one ("Putin" in "Vladimir Putin") left out. */
    private static List<NamedSpan> outermost(List<NamedSpan> spans) {
        List<NamedSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt((NamedSpan named) -> named.span().start())
                .thenComparing(named -> -named.span().end()));
        List<NamedSpan> kept = new ArrayList<>();
        int reached = -1;
        for (NamedSpan named : sorted) {
            if (named.span().end() > reached) {
                kept.add(named);
                reached = named.span().end();
            }
        }
        return kept;
    }

    /**
     * A mention "President Biden", or "Biden" right after the word "President", makes "the President" a way to
     * name Biden.
     */
    private void countTitle(Map<String, Map<String, TitleUse>> titles, Span mention, String person) {
        String[] words = text.substring(mention.start(), mention.end()).strip().split("\\s+");
        String title = words.length >= 2 ? words[0] : wordBefore(mention.start());
        if (!title.isEmpty() && Names.isTitleWord(title) && Character.isUpperCase(title.codePointAt(0))) {
            titles.computeIfAbsent(title.toLowerCase(Locale.ROOT), k -> new HashMap<>())
                    .merge(person, new TitleUse(1, mention.start()), TitleUse::plus);
        }
    }

    /** How often a person is named with a title, and where first. */
    private record TitleUse(int count, int first) {

        /**
         * Whom "the President" means: of the people named with the title about as often as the most named (at
         * least two thirds as often), the one named so first. An article introduces the president it goes on to call
         * "the President" before any other; a briefing on a war may name the other side's president as often
         * as its own ("President Biden …" from the start, "President Putin" later).
         */
        static String meant(Map<String, TitleUse> uses) {
            int most = uses.values().stream().mapToInt(TitleUse::count).max().orElse(0);
            return uses.entrySet().stream()
                    .filter(use -> use.getValue().count() * 3 >= most * 2)
                    .min(Comparator.comparingInt((Map.Entry<String, TitleUse> use) ->
                                    use.getValue().first())
                            .thenComparing(Map.Entry::getKey))
                    .orElseThrow()
                    .getKey();
        }

        TitleUse plus(TitleUse other) {
            return new TitleUse(count + other.count, Math.min(first, other.first));
        }
    }

    /** The word that ends right before {@code offset} with one space between, or "". */
    private String wordBefore(int offset) {
        int end = offset - 1;
        if (end < 1 || !isSpace(text.charAt(end))) {
            return "";
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /**
     * The cue of the quote at {@code quote}: after it, then before it from {@code from} (the start of the
     * words that may lead into it: the sentence, or the sentence before, never before the previous quote).
     */
    Cue cueOf(Span quote, Span paragraph, int from) {
        Cue before = beforeCue(from, Math.max(from, quote.start() - 1), paragraph.start());
        if (before.cued() && introducedByVerb(quote, paragraph)) {
            // "… and say, ‘Hey Frank, …,’ I say, ‘…’": the tag after the quote opens the next one
            return before;
        }
        Cue after = afterCue(quote, paragraph);
        return after.cued() ? after : before;
    }

    /**
     * Whether a verb of speaking and a comma or colon lead straight into the quote ("and say, ‘…’", "told me:
     * “…”"): then the quote is that verb's, whatever tag follows it.
     */
    private boolean introducedByVerb(Span quote, Span paragraph) {
        int mark = quote.start() - 1;
        int from = Math.max(paragraph.start(), mark - TAG_REACH);
        String before = text.substring(from, Math.max(from, mark)).stripTrailing();
        if (!before.endsWith(",") && !before.endsWith(":")) {
            return false;
        }
        return verbAmongLastWords(from, from + before.length() - 1);
    }

    /** Whether one of the last two words before {@code end} starts a verb of speaking ("tell me", "said"). */
    private boolean verbAmongLastWords(int from, int end) {
        List<Span> words = words(from, end);
        for (int i = Math.max(0, words.size() - 2); i < words.size(); i++) {
            if (SPEECH_VERB.matcher(text).region(words.get(i).start(), end).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a speech tag stands right at the quote: a cue after it ("…,’ he said"), or a lead-in that ends in a
     * comma or colon ("The e-mail said, ‘…’") or in a verb of speaking with at most one word after it ("They'll
     * tell me ‘use modulo’").
     */
    boolean taggedAt(Span quote, Span paragraph) {
        if (afterCue(quote, paragraph).cued()) {
            return true;
        }
        int mark = quote.start() - 1;
        int from = Math.max(paragraph.start(), mark - TAG_REACH);
        String before = text.substring(from, Math.max(from, mark)).stripTrailing();
        if (before.endsWith(",") || before.endsWith(":")) {
            return true;
        }
        return verbAmongLastWords(from, mark);
    }

    /** Where the sentence holding {@code offset} starts, not before {@code floor}. */
    int sentenceStart(int offset, int floor) {
        for (int i = Math.min(offset, text.length()) - 1; i > floor; i--) {
            char c = text.charAt(i);
            if (c == '\n' && text.charAt(i - 1) == '\n' || isSpace(c) && endsSentence(i)) {
                int start = i + 1;
                while (start < offset && isSpace(text.charAt(start))) {
                    start++;
                }
                return start;
            }
        }
        return floor;
    }

    /**
     * The cue of words that lead into a block of their own (a block quote after "he was quoted by the
     * Canadian Press on Google's response;"): the cue in the last sentence of {@code leadIn}.
     */
    Cue leadInCue(Span leadIn) {
        return beforeCue(sentenceStart(leadIn.end(), leadIn.start()), leadIn.end(), leadIn.start());
    }

    /**
     * The person or body a sentence of the article's prose opens with, when the quote stands in that sentence's
     * predicate without a verb of speaking ("Nick Bos, of the University of Helsinki, studies “…”", "wikiHow is a
     * site which aims to “…”"): the words are the subject's. Null when the sentence opens with anything else
     * ("The blog aims to help address “…”", "Savage's readers voted …").
     */
    Cue sentenceOpener(Span quote, Span paragraph) {
        int start = sentenceStart(quote.start(), paragraph.start());
        List<Span> first = words(start, quote.start());
        if (first.isEmpty()) {
            return Cue.NONE;
        }
        NamedSpan person = mentionAt(first.get(0).start());
        if (person != null) {
            return possessive(person.span()) ? Cue.NONE : Cue.person(person.person());
        }
        Cue body = body(first.get(0));
        return body == null ? Cue.NONE : body;
    }

    /** The first person named in the span, or null. */
    String personIn(Span span) {
        for (int i = firstStartingAtOrAfter(span.start());
                i < people.size() && people.get(i).span().start() < span.end();
                i++) {
            if (people.get(i).span().end() <= span.end()
                    && !possessive(people.get(i).span())) {
                return people.get(i).person();
            }
        }
        return null;
    }

    /**
     * A cue after the quote counts only where the quote leaves its sentence open ("…,” she said") or the
     * sentence carries on in lower case; after a closed sentence the next one speaks of something else.
     */
    private Cue afterCue(Span quote, Span paragraph) {
        int from = Math.min(quote.end() + 1, paragraph.end());
        String quoted = text.substring(quote.start(), quote.end()).strip();
        String rest = text.substring(from, paragraph.end()).stripLeading();
        // a question or exclamation closes its sentence too ("“Are you confident …?”  And he said, “…”")
        boolean closed = quoted.endsWith(".") || quoted.endsWith("…") || quoted.endsWith("?") || quoted.endsWith("!");
        Cue dashed = dashedAttribution(from, paragraph.end());
        if (dashed != null) {
            return dashed;
        }
        if (closed && (rest.isEmpty() || !Character.isLowerCase(rest.codePointAt(0)))) {
            return Cue.NONE;
        }
        int to = windowEnd(from, paragraph.end());
        Cue named = namedAfter(from, to);
        if (named != null) {
            return named;
        }
        Matcher verb = SPEECH_VERB.matcher(text).region(from, to);
        if (!verb.find() || verb.start() - from > MAX_VERB_DISTANCE) {
            return Cue.NONE;
        }
        if (WORD.matcher(text).region(from, verb.start()).find()) {
            return orUnnamed(subjectBefore(verb.start(), from, 0));
        }
        // "…,” said Rutte": the speaker follows the verb
        for (Span word : words(verb.end(), to)) {
            Cue cue = personLike(word, 0);
            if (cue == null) {
                cue = body(word);
            }
            if (cue != null) {
                return cue;
            }
        }
        return Cue.UNNAMED;
    }

    /** A dash right after the closing mark: what follows it to the end of its sentence attributes the quote. */
    private static final Pattern DASH_AFTER_QUOTE = Pattern.compile("\\G[\\s\\u00a0]*[—–―-]{1,2}[\\s\\u00a0]+");
    /** How far past the dash the attribution's sentence may run before the name. */
    private static final int MAX_DASHED_ATTRIBUTION = 160;

    /**
     * The person an attribution set after a dash names, before its sentence ends: "“…” — Jane Doe", "“…” - This
     * is the evaluation of APISIX by Lukasz Biegaj."; null when no dash follows the quote or no person is named.
     */
    private Cue dashedAttribution(int from, int to) {
        Matcher dash = DASH_AFTER_QUOTE.matcher(text).region(Math.min(from, to), to);
        if (!dash.lookingAt()) {
            return null;
        }
        int end = Math.min(to, dash.end() + MAX_DASHED_ATTRIBUTION);
        for (Span word : words(dash.end(), end)) {
            NamedSpan named = mentionAt(word.start());
            if (named != null && !possessive(named.span())) {
                return Cue.person(named.person());
            }
            String written = text.substring(word.start(), word.end());
            int after = word.end();
            if (after < text.length() && ".!?".indexOf(text.charAt(after)) >= 0 && !written.matches("\\p{Lu}")) {
                return null; // the sentence ended without naming anyone
            }
        }
        return null;
    }

    /**
     * The speaker a phrase right after the quote names: "according to Rutte" (someone unnamed when no person or
     * body follows: "according to a spokesman"), or "from Clayton" (only with the name right there); null for
     * neither.
     */
    private Cue namedAfter(int from, int to) {
        Matcher according = SPEAKER_AFTER_QUOTE.matcher(text).region(from, to);
        Matcher source = SOURCE_AFTER_QUOTE.matcher(text).region(from, to);
        boolean phrase = according.lookingAt();
        if (!phrase && !source.lookingAt()) {
            return null;
        }
        int nameAt = phrase ? according.end() : source.end();
        List<Span> next = words(nameAt, Math.min(to, nameAt + MAX_AFTER_CUE_DISTANCE));
        Cue cue = next.isEmpty() ? null : personLike(next.get(0), 0);
        if (cue == null && !next.isEmpty()) {
            cue = body(next.get(0));
        }
        if (cue != null && cue.voice() == Voice.PERSON) {
            return cue;
        }
        return phrase ? Cue.UNNAMED : null;
    }

    /** The last cue between {@code from} and {@code to}, and the speaker it points to. */
    private Cue beforeCue(int from, int to, int floor) {
        if (to <= from) {
            return Cue.NONE;
        }
        Matcher verb = SPEECH_VERB.matcher(text).region(from, to);
        int verbAt = -1;
        int verbEnd = -1;
        while (verb.find()) {
            verbAt = verb.start();
            verbEnd = verb.end();
        }
        Matcher noun = SPEECH_NOUN.matcher(text).region(from, to);
        int nounAt = -1;
        boolean quoteMarker = false;
        while (noun.find()) {
            nounAt = noun.start();
            quoteMarker = noun.group(1).equalsIgnoreCase("quote");
        }
        Matcher after = SPEAKER_AFTER.matcher(text).region(from, to);
        int afterAt = -1;
        int afterEnd = -1;
        while (after.find()) {
            afterAt = after.start();
            afterEnd = after.end();
        }
        if (afterAt > verbAt && afterAt > nounAt) {
            String named = personIn(new Span(afterEnd, Math.min(to, afterEnd + MAX_AFTER_CUE_DISTANCE)));
            return named == null ? Cue.UNNAMED : Cue.person(named);
        }
        // ", quote, “…”" marks words the verb before it reports
        if (quoteMarker && verbAt < 0) {
            return new Cue(Voice.MARKED, null);
        }
        if (nounAt > verbAt && !quoteMarker) {
            return ownerOf(nounAt, from);
        }
        if (verbAt < 0) {
            return Cue.NONE;
        }
        String agent = agentAfter(verbEnd, to);
        if (agent != null) {
            return Cue.person(agent);
        }
        return orUnnamed(subjectBefore(verbAt, Math.max(from, sentenceStart(verbAt, floor)), 0));
    }

    /** The person named after a passive verb of speaking ("asked by George Stephanopoulos"), or null. */
    private String agentAfter(int verbEnd, int to) {
        Matcher by = BY_AGENT.matcher(text).region(verbEnd, to);
        if (!by.lookingAt()) {
            return null;
        }
        return personIn(new Span(by.end(), Math.min(to, by.end() + MAX_AFTER_CUE_DISTANCE)));
    }

    /**
     * Whether the verb of speaking right after a word (nothing but spaces between) is a bare infinitive ("say",
     * "tell"), as after a verb of perception ("heard him say"), rather than a verb with a subject of its own.
     */
    private boolean bareInfinitiveAfter(Span word, int verbAt) {
        if (!text.substring(word.end(), verbAt).isBlank()) {
            return false;
        }
        String verb = word(verbAt).toLowerCase(Locale.ROOT);
        return !verb.endsWith("s") && !verb.endsWith("ed") && !verb.endsWith("ing") && !PAST_FORMS.contains(verb);
    }

    private static Cue orUnnamed(Cue cue) {
        return cue == null ? Cue.UNNAMED : cue;
    }

    /** The owner of a noun of speech: "Gael's point", "his language"; otherwise an unnamed speaker. */
    private Cue ownerOf(int nounAt, int from) {
        List<Span> before = words(from, nounAt);
        // the owner stands before the noun's adjectives: "my very first question", "Gael's main point"
        for (int k = before.size() - 1; k >= 0 && k >= before.size() - MAX_OWNER_REACH; k--) {
            Cue owner = owner(before.get(k));
            if (owner != null) {
                return owner;
            }
            if (DETERMINERS.contains(word(before.get(k)).toLowerCase(Locale.ROOT))) {
                break; // "the adage": nobody owns it
            }
        }
        return Cue.UNNAMED;
    }

    /** The owner a word names: "his", "her" (resolved), "my", "our" (the speaker), "your", "Gael's"; else null. */
    private Cue owner(Span owner) {
        String word = word(owner).toLowerCase(Locale.ROOT);
        if (word.equals("his") || word.equals("her")) {
            return resolve(owner.start(), 0);
        }
        if (word.equals("my") || word.equals("our")) {
            return new Cue(Voice.FIRST_PERSON, null); // "my advice: “…”": the speaker's own words
        }
        if (word.equals("your")) {
            return new Cue(Voice.SECOND_PERSON, null);
        }
        NamedSpan named = mentionAt(owner.start());
        return named != null && possessive(named.span()) ? Cue.person(named.person()) : null;
    }

    /**
     * The subject of the verb at {@code verbAt}: the word before it once auxiliaries and adverbs are set aside,
     * or the subject of the clause for a participle after a comma ("…, saying") or after "in", "by"; the noun
     * before "who" or "that" ("people who say"). Null when the word before is capitalised but names nobody
     * ("When asked", "the Gulf states"): a subordinate clause or a noun, not a subject one can tell.
     */
    private Cue subjectBefore(int verbAt, int clauseStart, int depth) {
        List<Span> words = words(clauseStart, verbAt);
        int i = words.size() - 1;
        while (i >= 0 && skippable(word(words.get(i)))) {
            i--;
        }
        if (i < 0 || passiveOfListener(verbAt, clauseStart)) {
            return Cue.UNNAMED;
        }
        Span last = words.get(i);
        String lower = word(last).toLowerCase(Locale.ROOT);
        if (HYPOTHETICAL_CUES.contains(lower) || i > 0 && conditionBefore(words, i - 1)) {
            return new Cue(Voice.HYPOTHETICAL, null); // "you might say", "if someone asks"
        }
        boolean participle = word(verbAt).toLowerCase(Locale.ROOT).endsWith("ing");
        if (participle && PARTICIPLE_LEADS.contains(lower)) {
            return clauseSubject(clauseStart, last.start(), depth);
        }
        if (commaAfter(last)) {
            return clauseSubject(clauseStart, verbAt, depth);
        }
        if ((lower.equals("him") || lower.equals("her")) && bareInfinitiveAfter(last, verbAt)) {
            return resolve(last.start(), depth + 1); // "you’ve heard him say “…”": he is the one who says
        }
        if (lower.equals("and") && text.substring(last.end(), verbAt).isBlank()) {
            // "Dave turned to me and said": the verbs share the subject, a person named as the clause opens
            return sharedSubject(words.subList(0, i), depth);
        }
        if (RELATIVES.contains(lower)) {
            NamedSpan named = i > 0 ? mentionAt(words.get(i - 1).start()) : null;
            return named == null ? Cue.UNNAMED : Cue.person(named.person());
        }
        if (bare(word(last)).equals("it")) {
            return writer(last.start(), depth);
        }
        Cue cue = personLike(last, depth);
        if (cue == null) {
            cue = ownerOfPhrase(words, i, depth);
        }
        if (cue == null && !nounLike(verbAt)) {
            cue = body(last);
        }
        if (cue == null && Character.isLowerCase(word(last).codePointAt(0))) {
            return Cue.UNNAMED; // "one woman said", "his fiancée said": described, not named
        }
        return cue;
    }

    /** The person named by a clause's first word ("Dave" of "Dave turned to me"), else an unnamed speaker. */
    private Cue sharedSubject(List<Span> clause, int depth) {
        int k = 0;
        while (k < clause.size() && skippable(word(clause.get(k)))) {
            k++;
        }
        Cue cue = k < clause.size() ? personLike(clause.get(k), depth) : null;
        return cue != null && cue.voice() == Voice.PERSON ? cue : Cue.UNNAMED;
    }

    /**
     * Whether the word at {@code at} is a conjunction of condition that opens its clause ("If someone asks",
     * ", and if people say"), not "whether" after a verb ("was asked if he echoed").
     */
    private boolean conditionBefore(List<Span> words, int at) {
        if (!HYPOTHETICAL_CUES.contains(bare(word(words.get(at))))) {
            return false;
        }
        if (at == 0) {
            return true;
        }
        Span previous = words.get(at - 1);
        String between = text.substring(previous.end(), words.get(at).start());
        return between.contains(",")
                || between.contains(";")
                || between.contains("—")
                || CLAUSE_JOINERS.contains(word(previous).toLowerCase(Locale.ROOT));
    }

    /**
     * "He was also asked, “…”": the subject of a passive verb whose object is the listener is the one spoken to;
     * who spoke is not said.
     */
    private boolean passiveOfListener(int verbAt, int clauseStart) {
        if (!LISTENER_VERBS.contains(word(verbAt).toLowerCase(Locale.ROOT))) {
            return false;
        }
        List<Span> words = words(clauseStart, verbAt);
        for (int i = words.size() - 1; i >= 0 && skippable(word(words.get(i))); i--) {
            if (PASSIVE_AUXILIARIES.contains(word(words.get(i)).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person named before a phrase of capitalised words with "of" ("Erdogan of Turkey always reminds me",
     * "Patterson of Slate Magazine observed"): the speaker is the person, not the place or outlet after "of".
     */
    private Cue ownerOfPhrase(List<Span> words, int last, int depth) {
        boolean sawOf = false;
        for (int k = last; k >= 0 && k > last - MAX_PHRASE_WORDS; k--) {
            String word = word(words.get(k));
            if (sawOf) {
                Cue cue = personLike(words.get(k), depth);
                if (cue != null) {
                    return cue;
                }
            }
            if (word.equals("of")) {
                sawOf = true;
            } else if (!Character.isUpperCase(word.codePointAt(0)) && !word.equals("the")) {
                return null;
            }
        }
        return null;
    }

    /**
     * A verb form in -s that reads as a plural noun after a name ("Gulf states", "CNN reports"): no body is its
     * subject. "says" is no noun.
     */
    private boolean nounLike(int verbAt) {
        String verb = word(verbAt).toLowerCase(Locale.ROOT);
        return verb.endsWith("s") && !verb.equals("says");
    }

    /** An organisation or place named at the word, as the subject of a verb of speaking; null otherwise. */
    private Cue body(Span word) {
        NamedSpan named = at(bodies, word.start());
        return named == null || possessive(named.span()) ? null : Cue.person(named.person());
    }

    /**
     * Whose words "it says" reports: a text's ("Speaker Pelosi wrote a letter … It says, “…”"), so the person
     * who wrote or said it in the sentence before; nobody when that sentence names no one who speaks.
     */
    private Cue writer(int at, int depth) {
        int floor = Math.max(0, at - LOOK_BACK);
        int start = sentenceStart(at, floor);
        if (start <= floor) {
            return Cue.UNNAMED;
        }
        int before = sentenceStart(start - 1, floor);
        Matcher verb = SPEECH_VERB.matcher(text).region(before, start);
        while (verb.find()) {
            Cue cue = subjectBefore(verb.start(), before, depth + 1);
            if (cue != null && cue.voice() == Voice.PERSON && !turnSpeaks(cue)) {
                return cue;
            }
        }
        return Cue.UNNAMED;
    }

    /** The first person-like word of a clause: its subject, as English puts it first. */
    private Cue clauseSubject(int from, int to, int depth) {
        for (Span word : words(from, to)) {
            Cue cue = personLike(word, depth);
            if (cue != null) {
                return cue;
            }
        }
        return Cue.UNNAMED;
    }

    /** What a word says about a speaker: a person's name, a title, a pronoun; null for any other word. */
    private Cue personLike(Span word, int depth) {
        NamedSpan named = mentionAt(word.start());
        if (named != null) {
            return possessive(named.span()) ? null : Cue.person(named.person());
        }
        switch (bare(word(word))) {
            case "he", "she" -> {
                return resolve(word.start(), depth + 1);
            }
            case "they" -> {
                return Cue.UNNAMED;
            }
            case "i", "we", "me", "us" -> {
                return new Cue(Voice.FIRST_PERSON, null);
            }
            case "you" -> {
                return new Cue(Voice.SECOND_PERSON, null);
            }
            default -> {
                Cue title = titledPerson(word);
                return title != null ? title : partOfName(word);
            }
        }
    }

    /** A first name or surname alone ("Linus said") that is part of one person's full name in the article. */
    private Cue partOfName(Span word) {
        String person = nameParts.get(word(word));
        return person == null || person.isEmpty() || possessive(word) ? null : Cue.person(person);
    }

    /** "the President": the person most often named with that title, when the title stands after "the". */
    private Cue titledPerson(Span word) {
        String written = word(word);
        String person = titled.get(written.toLowerCase(Locale.ROOT));
        if (person == null || !Character.isUpperCase(written.codePointAt(0)) || word.start() < 4) {
            return null;
        }
        String before = text.substring(word.start() - 4, word.start());
        return before.equalsIgnoreCase("the ") ? Cue.person(person) : null;
    }

    /**
     * Whom "he" or "she" at {@code at} stands for: a person named earlier in its sentence, else the subject of
     * the nearest sentence before that has one (for a sentence that reports speech, the subject of its verb).
     */
    private Cue resolve(int at, int depth) {
        if (depth > MAX_DEPTH) {
            return Cue.UNNAMED;
        }
        int floor = Math.max(0, at - LOOK_BACK);
        int start = sentenceStart(at, floor);
        List<Span> before = words(start, at);
        for (int i = before.size() - 1; i >= 0; i--) {
            NamedSpan named = mentionAt(before.get(i).start());
            if (named != null && !possessive(named.span()) && !inTheConversation(named.person())) {
                return Cue.person(named.person());
            }
            Cue title = titledPerson(before.get(i));
            if (title != null) {
                return title;
            }
        }
        for (int end = start; end > floor; ) {
            int sentence = sentenceStart(end - 1, floor);
            Cue subject = sentenceSubject(sentence, end, depth);
            if (subject != null) {
                return subject;
            }
            end = sentence;
        }
        return Cue.UNNAMED;
    }

    /** The subject of one sentence, or null when it has none a pronoun could stand for. */
    private Cue sentenceSubject(int from, int to, int depth) {
        Matcher verb = SPEECH_VERB.matcher(text).region(from, to);
        while (verb.find()) {
            if (passiveOfListener(verb.start(), from)) {
                continue; // "He was asked": the subject is someone, found below, but not through the verb
            }
            Cue cue = subjectBefore(verb.start(), from, depth);
            if (cue != null && (cue.voice() == Voice.PERSON || cue.voice() == Voice.UNNAMED) && !turnSpeaks(cue)) {
                return cue;
            }
        }
        // "on Senator Warren’s comment … She said": the owner of what was said
        Matcher noun = SPEECH_NOUN.matcher(text).region(from, to);
        while (noun.find()) {
            List<Span> before = words(from, noun.start());
            NamedSpan owner = before.isEmpty()
                    ? null
                    : mentionAt(before.get(before.size() - 1).start());
            if (owner != null && possessive(owner.span()) && !inTheConversation(owner.person())) {
                return Cue.person(owner.person());
            }
        }
        for (Span word : words(from, to)) {
            Cue cue = personLike(word, depth);
            if (cue != null && cue.voice() == Voice.PERSON && !turnSpeaks(cue)) {
                return cue;
            }
        }
        return null;
    }

    private boolean turnSpeaks(Cue cue) {
        return inTheConversation(cue.speaker());
    }

    /** Whether the person speaks the turn being read or is spoken to in it. */
    private boolean inTheConversation(String person) {
        return samePerson(person, turnSpeaker) || samePerson(person, listener);
    }

    /** A sentence ends at white space after ".", "!", "?" or "…" (and closing marks), not after "Mr." or "M.". */
    private boolean endsSentence(int whitespaceAt) {
        int i = whitespaceAt - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0 || ".!?…".indexOf(text.charAt(i)) < 0) {
            return false;
        }
        int next = whitespaceAt;
        while (next < text.length() && isSpace(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && Character.isLowerCase(text.charAt(next))) {
            return false;
        }
        return text.charAt(i) != '.' || !abbreviation(i);
    }

    /** White space, the no-break space too ("deal.\u00a0 But" in transcripts typed with two spaces). */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A short capitalised word before a full stop ("Mr.", "M.", "U.S.") shortens a word; it ends no sentence. */
    private boolean abbreviation(int period) {
        int start = period;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String written = text.substring(start, period);
        String word = written.replace(".", "");
        if (word.isEmpty() || word.length() > 3 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        // "Mr.", "M.", "U.S.", "UK." — but not a short name ending a sentence ("Hey, Jen. The President …")
        return word.length() == 1
                || !written.equals(word)
                || word.equals(word.toUpperCase(Locale.ROOT))
                || ABBREVIATED_TITLES.contains(word);
    }

    /** Where the window after a quote ends: at the end of its sentence, or where another quote opens. */
    private int windowEnd(int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '"' || c == '.' || c == '!' || c == '?') {
                return i;
            }
        }
        return limit;
    }

    private List<Span> words(int from, int to) {
        List<Span> words = new ArrayList<>();
        Matcher word = WORD.matcher(text).region(Math.max(0, from), Math.max(Math.max(0, from), to));
        while (word.find()) {
            words.add(new Span(word.start(), word.end()));
        }
        return words;
    }

    private String word(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** The word starting at {@code at}. */
    private String word(int at) {
        Matcher word = WORD.matcher(text).region(at, text.length());
        return word.lookingAt() ? word.group() : "";
    }

    /** A word in lower case without a contraction's ending: "He’s" is "he". */
    private static String bare(String word) {
        return CONTRACTION.matcher(word.toLowerCase(Locale.ROOT)).replaceFirst("");
    }

    private static boolean skippable(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return SKIPPED.contains(lower) || lower.length() > 4 && lower.endsWith("ly");
    }

    private boolean commaAfter(Span word) {
        return word.end() < text.length() && text.charAt(word.end()) == ',';
    }

    /** A name followed by "'s": an owner ("Khashoggi's fiancé"), not the one who speaks. */
    private boolean possessive(Span mention) {
        int end = mention.end();
        return end + 1 < text.length()
                && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && text.charAt(end + 1) == 's';
    }

    /** The mention that holds {@code offset}, or null. */
    private NamedSpan mentionAt(int offset) {
        return at(people, offset);
    }

    /** The name among {@code names} (in source order) that holds {@code offset}, or null. */
    private static NamedSpan at(List<NamedSpan> names, int offset) {
        int i = firstStartingAtOrAfter(names, offset + 1) - 1;
        for (; i >= 0 && i >= firstStartingAtOrAfter(names, offset - 200); i--) {
            NamedSpan named = names.get(i);
            if (named.span().start() <= offset && offset < named.span().end()) {
                return named;
            }
        }
        return null;
    }

    /** The index of the first mention starting at or after the offset (mentions are in source order). */
    private int firstStartingAtOrAfter(int offset) {
        return firstStartingAtOrAfter(people, offset);
    }

    private static int firstStartingAtOrAfter(List<NamedSpan> names, int offset) {
        int low = 0;
        int high = names.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (names.get(mid).span().start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
