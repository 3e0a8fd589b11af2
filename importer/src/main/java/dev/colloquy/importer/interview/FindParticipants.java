package dev.colloquy.importer.interview;

import dev.colloquy.core.interview.Speaker;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.DeclaredMetadata;
import dev.colloquy.importer.document.Evidence;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.LabelledParticipants;
import dev.colloquy.importer.document.TurnLabel;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.entity.Gazetteer;
import dev.colloquy.importer.markdown.FrontMatter;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.LineSearch;
import dev.colloquy.importer.text.Names;
import dev.colloquy.importer.text.Names.Candidate;
import dev.colloquy.importer.text.Prose;
import dev.colloquy.importer.text.WordList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out who was interviewed, by whom, and for which publication, from the places articles name them,
 * strongest evidence first: front matter and page metadata, then the turn labels (both left as hints by
 * earlier stages: this stage is the one writer of the participants and the publication),
 * the headline ("Name: …"), then the opening prose ("X spoke with Y", "Y told X", the person most named).
 * Each finding is recorded with its {@link Evidence}; a weak one is reported as a warning. A run of capitals
 * that names a group, place or topic ("Policy Working Group", "New York") is never taken for a person, and
 * a person or place is never taken for the publication.
 */
public final class FindParticipants implements Stage {

    static final int OPENING_BLOCKS = 8;

    private static final Set<String> OUTLET_WORDS = WordList.load("/interview/outlet-words.txt");
    /** The given names the entity recogniser knows (US Census first names, see its README entry). */
    private static final Set<String> GIVEN_NAMES = WordList.asWritten("/entity/given-names.txt");

    private static final String NAME = "\\p{Lu}[\\p{L}\\p{M}’'-]+(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{M}’'-]+){1,3}";
    private static final String PROPER_RUN =
            "\\p{Lu}[\\p{L}\\p{N}\\p{M}&’'.-]*(?:[ \\u00a0]+(?:of[ \\u00a0]|the[ \\u00a0]|for[ \\u00a0])?\\p{Lu}[\\p{L}\\p{N}\\p{M}&’'.-]*){0,8}";
    private static final String INTERVIEWER_ROLE = WordList.choice("/interview/interviewer-roles.txt");
    private static final Pattern INTERVIEWER = Pattern.compile(
            "(?:(" + PROPER_RUN + ")['’]s[ \\u00a0]+)?((?i:" + INTERVIEWER_ROLE + "))[,:]?[ \\u00a0]+(" + NAME + ")");
    private static final Pattern INTERVIEWED_BY = Pattern.compile(
            "(?:(?i:" + WordList.choice("/interview/interviewer-credits.txt") + ")|^By)[ \\u00a0]+(" + NAME + ")",
            Pattern.MULTILINE);
    /**
     * Words every match of the patterns below contains (compared as their {@code (?i:…)} compares them), so that
     * only the lines that hold one are searched: see {@link LineSearch}.
     */
    private static final Set<String> INTERVIEWER_ROLES = WordList.load("/interview/interviewer-roles.txt");

    private static final List<String> CREDITS_AND_BY = java.util.stream.Stream.concat(
                    WordList.load("/interview/interviewer-credits.txt").stream(), java.util.stream.Stream.of("by"))
            .toList();
    private static final Set<String> AUTHOR_LABELS = WordList.load("/interview/author-labels.txt");
    private static final List<String> PUBLICATION_WORDS =
            List.of("interview with", "interviewed by", "told", "tell", "speak", "spoke", "talk");
    /** "Y told X", "in an interview with X": X is the outlet when it is no person and no place. */
    private static final Pattern PUBLICATION = Pattern.compile(
            "(?i:in an? (?:[\\p{L}-]+ )?interview with|interviewed by|told|tells|telling|speaking to|speaks to|spoke to"
                    + "|talks to|talked to|talking to)[ \\u00a0]+(?:the[ \\u00a0]+)?(" + PROPER_RUN + ")(?:['’]s)?"
                    + "(?:[ \\u00a0]+(\\p{Ll}+))?");
    /**
     * "Wikinews spoke with …", "Wikinews interviews …" (a headline's present tense), "With Wikinews, Sarvis
     * discusses …": a one-word outlet doing the interviewing.
     */
    private static final Pattern OUTLET_AS_SUBJECT = Pattern.compile(
            "(?<![\\p{L}\\p{N}][ \\u00a0]?)((?:The[ \\u00a0])?\\p{Lu}[\\p{L}\\p{N}&.-]+(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{N}&.-]+){0,3})"
                    + "[ \\u00a0]+(?:spoke (?:with|to)|speaks (?:with|to)|interviewed|interviews|talked (?:with|to)"
                    + "|talks (?:with|to)|sat down with|caught up with)\\b"
                    + "|\\bWith (\\p{Lu}[\\p{L}\\p{N}&.-]+),");
    /** "… journalism by a Wikinews reporter", "a Reuters correspondent asked …": the outlet whose reporter asked. */
    private static final Pattern OUTLET_REPORTER =
            Pattern.compile("\\b(?:[Aa]n?|[Tt]he)[ \\u00a0]+(\\p{Lu}[\\p{L}\\p{N}&.-]+)" + "[ \\u00a0]+(?i:"
                    + WordList.choice("/interview/reporter-nouns.txt") + ")s?\\b");
    /**
     * The interviewer's self-introduction on air or on the page: "I'm Jane Doe, managing editor of Changelog",
     * "I'm John Roe, host here at Radio Bay". The role is one of the asking side's (up to two words before it,
     * "managing", "senior"); the capitalised run after "of", "at" or "for" is the outlet.
     */
    private static final Pattern STAFF_INTRODUCTION = Pattern.compile("\\bI(?:['’]m|[ \\u00a0]+am)[ \\u00a0]+(" + NAME
            + "),[ \\u00a0]+(?:the[ \\u00a0]+)?(?:\\p{Ll}[\\p{Ll}-]*[ \\u00a0]+){0,2}(?i:" + INTERVIEWER_ROLE
            + ")(?:[ \\u00a0]+in[ \\u00a0]+chief)?[ \\u00a0]+(?:here[ \\u00a0]+)?(?:of|at|for)[ \\u00a0]+(?:the[ \\u00a0]+)?"
            + "(\\p{Lu}[\\p{L}\\p{N}&-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{N}&-]*){0,3})");
    /** "From Wikinews, the free news source…": the tagline wiki-built sites print under the title. */
    private static final Pattern SITE_TAGLINE =
            Pattern.compile("(?m)^From[ \\u00a0]+(\\p{Lu}[\\p{L}\\p{N}.-]+),[ \\u00a0]+the\\b");
    /**
     * "This post originally appeared on the Software Carpentry website.": the outlet a republished post names as its
     * first publisher, a run of capitalised words after the phrase, without a trailing site noun. Only the post
     * speaking of itself counts: an answer's "my paper was first published in Nature" names no publisher of this.
     */
    private static final Pattern REPUBLISHED_FROM = Pattern.compile(
            "\\b(?i:this|the)[ \\u00a0]+(?i:post|article|interview|piece|story)[ \\u00a0]+(?:(?i:was|has)[ \\u00a0]+)?(?i:"
                    + WordList.choice("/interview/republished-phrases.txt")
                    + ")[ \\u00a0]+(?:on|in|at|by)[ \\u00a0]+(?:the[ \\u00a0]+)?(\\p{Lu}[\\p{L}\\p{N}&.’'-]*"
                    + "(?:[ \\u00a0]+\\p{Lu}[\\p{L}\\p{N}&’'-]*){0,5})(?:[ \\u00a0]+(?i:"
                    + WordList.choice("/interview/site-nouns.txt")
                    + "))?\\b");
    /** Words that may follow an outlet named as an object; any other lower-case word makes the run an adjective. */
    private static final Set<String> AFTER_OUTLET = WordList.load("/interview/after-outlet-words.txt");

    private final Gazetteer gazetteer = Gazetteer.standard();

    @Override
    public String name() {
        return "find-participants";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.FORMAT, Fact.BLOCKS, Fact.FRONT_MATTER, Fact.HTML_HINTS, Fact.TURN_LABELS);
    }

    @Override
    public Set<Fact> provides() {
        return Set.of(Fact.PARTICIPANTS);
    }

    @Override
    public void apply(WorkingDocument document) {
        seed(document);
        String text = document.proseText();
        LineSearch lines = new LineSearch(text);
        String opening = opening(document);
        // A byline first, so that "Interview by …" is never taken for the interviewee; the rest of the
        // interviewer's evidence after, so that the interviewee is never taken for the interviewer.
        if (document.interviewer() == null) {
            findByline(document, lines, text);
        }
        if (document.interviewee() == null) {
            findInterviewee(document, text, opening);
        } else if (document.interviewee().role() == null) {
            document.interviewee(new Speaker(
                    document.interviewee().name(), roleOf(document.interviewee().name(), text)));
        }
        if (document.interviewer() == null) {
            findInterviewer(document, lines, opening);
        }
        if (document.publication() == null) {
            findPublication(document, text, lines, opening);
        }
        warnWhereUnsure(document);
    }

    /**
     * Starts from the strongest evidence, which earlier stages left as hints: what the front matter or page
     * metadata declares, then whom the turn labels suggest.
     */
    private static void seed(WorkingDocument document) {
        DeclaredMetadata declared = document.declared();
        LabelledParticipants labelled = document.labelledParticipants();
        document.author(declared.author());
        document.publication(declared.publication());
        document.interviewee(declared.interviewee() != null ? declared.interviewee() : labelled.interviewee());
        Speaker asking = labelled.interviewer();
        if (asking != null && isRoleLabel(asking.name())) {
            // "Editor:", "Interviewer:": the label says what the asker is, not who; the byline may say who
            document.evidence("asking-side label", new Evidence("a role, not a name: " + asking.name(), 1.0));
            asking = null;
        }
        document.interviewer(declared.interviewer() != null ? declared.interviewer() : asking);
    }

    /** Speaker labels of the asking side made of role words alone ("Editor", "Interviewer", "Host", "Q"). */
    static boolean isRoleLabel(String label) {
        String[] words = label.strip().toLowerCase(Locale.ROOT).split("[ \\u00a0]+");
        return java.util.Arrays.stream(words)
                .allMatch(word -> INTERVIEWER_ROLES.contains(word)
                        || dev.colloquy.importer.transcript.TurnLabels.namesAsker(word));
    }

    /** Front matter fields holding the summary a blog prints under the title or in its listing. */
    private static final String[] SUMMARY_KEYS = {"excerpt", "description", "summary", "preface"};

    /**
     * The headline, the front matter's summary and the article's first blocks: where articles introduce who
     * speaks to whom.
     */
    private static String opening(WorkingDocument document) {
        StringBuilder opening = new StringBuilder();
        if (document.declared().headline() != null) {
            opening.append(document.declared().headline().text()).append("\n\n");
        }
        FrontMatter front = document.frontMatter();
        String summary = front == null ? null : front.value(SUMMARY_KEYS);
        if (summary != null) {
            // the excerpt a blog prints under its title: "We interviewed Jay and Tom from Bytten Studio …"
            opening.append(summary).append("\n\n");
        }
        document.blocks().stream()
                .filter(block -> !block.is(BlockKind.METADATA))
                .limit(OPENING_BLOCKS)
                .forEach(block -> opening.append(block.text()).append("\n\n"));
        return opening.toString();
    }

    private void findInterviewee(WorkingDocument document, String text, String opening) {
        String interviewedInHeadline = interviewWithInHeadline(headlineText(document), text);
        if (interviewedInHeadline != null) {
            record(document, "interviewee", "the headline (\"Interview with …\")", 0.9);
            document.interviewee(new Speaker(interviewedInHeadline, roleOf(interviewedInHeadline, text)));
            return;
        }
        Optional<String> fromHeadline = intervieweeFromHeadline(document);
        if (fromHeadline.isPresent()) {
            record(document, "interviewee", "headline", 0.9);
            document.interviewee(new Speaker(fromHeadline.get(), roleOf(fromHeadline.get(), text)));
            return;
        }
        String named = namedAsTheWritersInterviewee(opening, text);
        if (named != null) {
            // "We interviewed Dan" under the title "Introducing … Dr. Dan Sholler": the person in full
            named = named.contains(" ") ? named : inFull(named, opening + "\n\n" + text);
            record(document, "interviewee", "the opening (\"we interviewed …\")", 0.85);
            document.interviewee(new Speaker(named, roleOf(named, text)));
            return;
        }
        String presented = presentedAsTheInterview(opening, text);
        if (presented != null) {
            record(document, "interviewee", "the opening (\"today's interview is with …\")", 0.85);
            document.interviewee(new Speaker(presented, roleOf(presented, text)));
            return;
        }
        String introduced = introducedThemself(opening, text, excluded(document));
        if (introduced != null) {
            record(document, "interviewee", "a speaker introducing themself (\"Hi, I'm …\")", 0.8);
            document.interviewee(new Speaker(introduced, roleOf(introduced, text)));
            return;
        }
        PersonCandidates.Best best = new PersonCandidates(gazetteer, Names.GROUP_OR_TOPIC_WORDS, excluded(document))
                .best(headlineText(document), opening, text);
        if (best != null) {
            String name = withoutOwner(best.name());
            record(document, "interviewee", "opening prose", best.confidence());
            document.interviewee(new Speaker(name, roleOf(name, text)));
        }
    }

    /**
     * The writer saying whom they interviewed: "This week, we are interviewing Louis Durrant", "we've interviewed
     * Cheeseness about his project", "We interviewed Frédéric Plourde and Daniel Castellanos". The one interviewed
     * is named right after the verb; a name of one word (a handle) must recur in the headline and opening. "We interviewed the
     * studio Fat Gem" names no person.
     */
    private static final Pattern WRITER_INTERVIEWED = Pattern.compile(
            "\\b(?:I|[Ww]e)(?:['’](?:ve|re)|[ \\u00a0]+(?:have|are|were|had the chance to|got to))?[ \\u00a0]+"
                    + "(?:interviewed|interviewing|interview|invited|(?:spoke|speak|speaking|talked|talk|talking|sat down)"
                    + "[ \\u00a0]+(?:with|to))[ \\u00a0]+(" + NAME + "|\\p{Lu}[\\p{L}\\p{M}’'-]+)");

    /**
     * "Julien and Simon from the Blender Studio team tell us about …", "Ana Lopez tells us how …": the people the
     * article lets speak, as the subject of telling the writers. Naming two people, or where they come from, makes a
     * one-word name safe to take.
     */
    private static final Pattern TELLS_US = Pattern.compile("(" + NAME
            + "|\\p{Lu}[\\p{L}\\p{M}’'-]+)((?:,[ \\u00a0]+\\p{Lu}[\\p{L}\\p{M}’'-]+)*[ \\u00a0]+(?:and|&)[ \\u00a0]+"
            + "\\p{Lu}[\\p{L}\\p{M}’'-]+)?((?:,)?[ \\u00a0]+(?:from|of|at)[ \\u00a0]+[^.!?\\n]{1,60}?)?[ \\u00a0]+"
            + "(?:tells?|told|show(?:s|ed)?|explains?|explained|share[sd]?|talks?|talked)[ \\u00a0]+us\\b");

    private String namedAsTheWritersInterviewee(String opening, String text) {
        String named = namedAfter(WRITER_INTERVIEWED.matcher(opening), opening, text);
        return named != null ? named : namedAfter(TELLS_US.matcher(opening), opening, text);
    }

    /**
     * "Scimatic's Jim Graham", "Michigan State's Titus Brown": the person after the possessive of where they work,
     * when at least two capitalised words follow it; any other name as it is.
     */
    static String withoutOwner(String name) {
        Matcher owner = Pattern.compile("^.*['’]s[ \\u00a0]+(\\p{Lu}\\S*[ \\u00a0]+\\p{Lu}.*)$")
                .matcher(name);
        return owner.matches() ? owner.group(1) : name;
    }

    /** "Today's interview is with", "The second of today's sponsor interviews is with", "Our latest interview is with". */
    private static final Pattern INTERVIEW_IS_WITH = Pattern.compile(
            "\\b(?i:interviews?|conversation)[ \\u00a0]+(?:is|was)[ \\u00a0]+with[ \\u00a0]+([^\\n]{1,120})");

    /**
     * The person the opening presents as the one this post interviews: the first full name after "interview is
     * with", past a possessive ("SHARCNET's Prof. Hugh Couchman") and titles ("Dr.", "Professor"); the first of several
     * ("Nicholas Preston, Katy Huff, and Milad Fatenejad").
     */
    private String presentedAsTheInterview(String opening, String text) {
        Matcher matcher = INTERVIEW_IS_WITH.matcher(opening);
        while (matcher.find()) {
            String[] words = matcher.group(1).split("[ \\u00a0]+");
            int from = 0;
            for (int i = 0; i < words.length && i < 6; i++) {
                if (words[i].endsWith("'s") || words[i].endsWith("’s")) {
                    from = i + 1; // "Indiana University's Professor …": the name comes after the owner
                }
            }
            while (from < words.length && Names.isTitleWord(words[from].replaceAll("\\.$", ""))) {
                from++;
            }
            StringBuilder name = new StringBuilder();
            int taken = 0;
            for (int i = from; i < words.length && taken < 4; i++) {
                String word = words[i].replaceAll("[,.;:!?)]+$", "");
                if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
                    break;
                }
                name.append(taken == 0 ? "" : " ").append(word);
                taken++;
                if (!word.equals(words[i])) {
                    break; // a comma or full stop ends the name
                }
            }
            String candidate = name.toString();
            String[] parts = candidate.split(" ");
            if (parts.length >= 2
                    && !parts[0].equalsIgnoreCase("the")
                    && !Names.namesAGroupOrTopic(candidate)
                    && !Names.isNotAName(parts[0])
                    && !isOutletName(candidate)
                    && !PersonCandidates.introducedAsWorkOrBody(candidate, text)
                    && gazetteer
                            .lookup(candidate)
                            .map(entry -> entry.type() == dev.colloquy.core.entity.EntityType.PERSON)
                            .orElse(true)) {
                return candidate;
            }
        }
        return null;
    }

    private String namedAfter(Matcher matcher, String opening, String text) {
        while (matcher.find()) {
            String name = matcher.group(1);
            String[] words = name.split("[ \\u00a0]+");
            boolean vouchedFor = matcher.groupCount() > 1 && (matcher.group(2) != null || matcher.group(3) != null);
            boolean oneWord = words.length == 1 && !vouchedFor;
            if (Names.namesAGroupOrTopic(name)
                    || Names.isNotAName(words[0])
                    || Names.isTitleWord(words[0])
                    || isOutletName(name)
                    || PersonCandidates.introducedAsWorkOrBody(name, text)
                    || gazetteer
                            .lookup(name)
                            .map(entry -> entry.type() != dev.colloquy.core.entity.EntityType.PERSON)
                            .orElse(false)
                    || oneWord && Names.occurrences(opening, name) < 2) {
                continue;
            }
            return name;
        }
        return null;
    }

    /**
     * "Hi, I’m Jess!", "My name is Leszek Nowak and …": someone in the opening introducing themself at the
     * start of a sentence, as interviewees answer the first question; the writer and the interviewer aside.
     */
    private static final Pattern SELF_INTRODUCTION = Pattern.compile(
            "(?:^|[.!?][ \\u00a0]+|\\b(?:Hi|Hello|Hey),?[ \\u00a0]+)(?:I['’]m|I[ \\u00a0]+am|[Mm]y[ \\u00a0]+name[ \\u00a0]+is)"
                    + "[ \\u00a0]+(" + NAME + "|\\p{Lu}[\\p{L}\\p{M}’'-]+)(?=[ \\u00a0]*[,.!;]|[ \\u00a0]+and\\b)",
            Pattern.MULTILINE);

    private static String introducedThemself(String opening, String text, Set<String> others) {
        Matcher matcher = SELF_INTRODUCTION.matcher(opening);
        while (matcher.find()) {
            String name = matcher.group(1);
            String first = name.split("[ \\u00a0]+")[0];
            if (!others.contains(name)
                    && !Names.namesAGroupOrTopic(name)
                    && !Names.isNotAName(first)
                    && !Names.isTitleWord(first)) {
                return name.equals(first) ? inFull(first, opening + "\n\n" + text) : name;
            }
        }
        return null;
    }

    /** "I’m Chiara" in an article headed "Interview with Chiara Marmo": the person in full, where it is given. */
    private static String inFull(String given, String text) {
        Matcher surname = Pattern.compile("\\b" + Pattern.quote(given) + "[ \\u00a0]+(\\p{Lu}[\\p{L}\\p{M}’'-]+)")
                .matcher(text);
        while (surname.find()) {
            String word = surname.group(1);
            if (!Names.isNotAName(word)
                    && !Names.isTitleWord(word)
                    && !Names.GROUP_OR_TOPIC_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return given + " " + word;
            }
        }
        return given;
    }

    private static String headlineText(WorkingDocument document) {
        Block headline = document.firstOf(BlockKind.HEADLINE);
        return headline != null
                ? headline.text()
                : document.declared().headline() != null
                        ? document.declared().headline().text()
                        : "";
    }

    /** Names that are someone else than the interviewee: the interviewer and the author. */
    private static Set<String> excluded(WorkingDocument document) {
        java.util.Set<String> names = new java.util.HashSet<>();
        if (document.interviewer() != null) {
            names.add(document.interviewer().name());
        }
        if (document.author() != null) {
            names.add(document.author());
        }
        return names;
    }

    /**
     * A headline announcing whom it interviews: "Interview with JU Zhiyuan: Becoming …", "… | Interview with Yang
     * Li, Head of …". A family name in capitals counts as a name word here; a group, outlet, place or title does
     * not.
     */
    private static final Pattern INTERVIEW_WITH =
            Pattern.compile("\\b(?i:interview(?:ing|ed)?|in conversation|a conversation|q&a)[ \\u00a0]+with[ \\u00a0]+("
                    + NAME + ")(?![\\p{L}\\p{N}])");

    private String interviewWithInHeadline(String headline, String text) {
        Matcher matcher = INTERVIEW_WITH.matcher(headline);
        if (!matcher.find()) {
            return null;
        }
        String name = matcher.group(1);
        String[] words = name.split("[ \\u00a0]+");
        boolean allCapitals = java.util.Arrays.stream(words).allMatch(Names::isAcronym);
        if (allCapitals
                || words[0].equalsIgnoreCase("the") // "Interview with The Hacker Within": a body, not a person
                || Names.namesAGroupOrTopic(name)
                || Names.isNotAName(words[0])
                || Names.isTitleWord(words[0])
                || isOutletName(name)
                || PersonCandidates.introducedAsWorkOrBody(name, text)
                || gazetteer
                        .lookup(name)
                        .map(entry -> entry.type() != dev.colloquy.core.entity.EntityType.PERSON)
                        .orElse(false)) {
            return null;
        }
        return name;
    }

    /** "Mark Rutte: It's important…" names the interviewee before the colon. */
    private static Optional<String> intervieweeFromHeadline(WorkingDocument document) {
        String title = headlineText(document);
        int colon = title.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Names.personCandidates(title.substring(0, colon)).stream()
                .map(Candidate::name)
                .findFirst();
    }

    /** "Author: Jane Doe", "Authors: Jane Doe, John Roe" on a line of its own: who signed the article. */
    private static final Pattern AUTHOR_LINE = Pattern.compile(
            "(?m)^(?i:" + WordList.choice("/interview/author-labels.txt") + ")[ \u00a0]*:?[ \u00a0]+(" + NAME + ")");

    private static void findByline(WorkingDocument document, LineSearch lines, String text) {
        if (document.author() == null) {
            MatchResult signed = lines.first(AUTHOR_LINE, AUTHOR_LABELS);
            if (signed != null) {
                document.author(signed.group(1));
            }
        }
        MatchResult byline = lines.first(INTERVIEWED_BY, CREDITS_AND_BY);
        if (byline != null && namesMoreWriters(text, byline.end(1))) {
            // "By A and B": a post signed together, which says nothing of who asked unless "we interviewed" does
            if (document.author() == null) {
                document.author(byline.group(1));
            }
            return;
        }
        if (byline != null) {
            record(document, "interviewer", "a byline", 0.8);
            document.interviewer(new Speaker(byline.group(1), null));
            return;
        }
        MatchResult dated = lines.first(DATED_ONE_NAME_BYLINE, List.of("by"));
        if (dated != null) {
            record(document, "interviewer", "a dated byline with one name", 0.7);
            document.interviewer(new Speaker(dated.group(1), null));
        }
    }

    /** Whether the byline goes on, after the name that ends at {@code end}, with more names ("…, B and C"). */
    private static boolean namesMoreWriters(String text, int end) {
        return MORE_WRITERS
                .matcher(text)
                .region(end, Math.min(text.length(), end + 80))
                .lookingAt();
    }

    private static final Pattern MORE_WRITERS = Pattern.compile("(?:,|[ \\u00a0]+(?:and|&))[ \\u00a0]+\\p{Lu}");

    /**
     * "By Emi | 2023-04-26", "By Ana · March 3, 2024", "By Emi 2025-07-12 22:00", or "By Emi" alone on its line: a
     * writer who signs with one name, told from a sentence that opens with "By" by the date that follows the name
     * after a separator, by an ISO date ending the line, or by the line ending with the name.
     */
    private static final Pattern DATED_ONE_NAME_BYLINE = Pattern.compile(
            "(?m)^By[ \\u00a0]+(\\p{Lu}[\\p{L}\\p{M}’'-]+)(?:[ \\u00a0]*[|·•–—][ \\u00a0]*(?:\\d|\\p{Lu}\\p{Ll}{2,8}[ \\u00a0]+\\d)"
                    + "|[ \\u00a0]+\\d{4}-\\d\\d-\\d\\d[\\dT:. \\u00a0+-]*$|[ \\u00a0]*$)");

    /**
     * "Arpit Agrawal, a team member, talked with Katrina Verey", "Frederico Muñoz (Cloud &amp; Architecture Lead at
     * SAS) talked with Xing Yang": a person who does the interviewing.
     */
    private static final Pattern PERSON_AS_SUBJECT =
            Pattern.compile("(" + NAME + ")(?:,[^,.]{1,80},|[ \\u00a0]+\\([^()\\n]{1,80}\\))?[ \\u00a0]+"
                    + "(?:spoke (?:with|to)|talked (?:with|to)|sat down with|caught up with|chatted with|interviewed)\\b"
                    + "(?:[ \\u00a0]+(" + NAME + "))?");

    private void findInterviewer(WorkingDocument document, LineSearch lines, String opening) {
        String interviewee =
                document.interviewee() == null ? "" : document.interviewee().name();
        Matcher subject = PERSON_AS_SUBJECT.matcher(opening);
        while (subject.find()) {
            String name = subject.group(1);
            String other = subject.group(2);
            if (other != null && isTheInterviewee(name, interviewee) && !isTheInterviewee(other, interviewee)) {
                // "Professor Chomsky sat down with Michael Dranove": the interviewee sat down with the one who asked
                record(document, "interviewer", "the opening (\"" + name + " sat down with " + other + "\")", 0.8);
                document.interviewer(new Speaker(other, null));
                return;
            }
            if (!isTheInterviewee(name, interviewee)
                    && !Names.namesAGroupOrTopic(name)
                    && !isOutletName(name)
                    && !Names.isNotAName(name.split("[ \\u00a0]+")[0])) {
                record(document, "interviewer", "the opening (\"" + name + " spoke with …\")", 0.8);
                document.interviewer(new Speaker(name, null));
                return;
            }
        }
        Speaker found = interviewer(lines, interviewee);
        if (found != null) {
            record(document, "interviewer", "prose naming the interviewer's role", 0.8);
            document.interviewer(found);
        } else if (document.author() != null
                && isName(document.author())
                && !authorIsOrganisation(document)
                && FIRST_PERSON_INTERVIEWING.matcher(opening).find()) {
            // "We spoke with …" in an article someone signed: the author asked. A signature alone says nothing.
            record(document, "interviewer", "the author, who writes that they spoke with the interviewee", 0.7);
            document.interviewer(new Speaker(cleanName(document.author()), null));
        } else if (document.author() != null
                && isName(document.author())
                && !authorIsOrganisation(document)
                && document.evidence().containsKey("asking-side label")) {
            // the questions are labelled with a role ("Editor:"), so the one who signed the article asked them
            record(document, "interviewer", "the author, whose questions are labelled with a role", 0.7);
            document.interviewer(new Speaker(cleanName(document.author()), null));
        }
    }

    /**
     * The article signed by an organisation, not a person ("author: Apache APISIX", "The Editorial Team"): a name
     * with a group word, an outlet's name, a name the gazetteer knows as no person, or one that opens with a name
     * of the open reference lists of software and companies, is no given name and recurs in the article as its
     * subject does (a person's signature seldom recurs in the prose; the short "Qi" of "Qi Zeng" is also a
     * listed standard).
     */
    private boolean authorIsOrganisation(WorkingDocument document) {
        String author = cleanName(document.author());
        if (author.isEmpty()) {
            return false;
        }
        String first = author.split("[ \\u00a0]+")[0];
        return Names.namesAGroupOrTopic(author)
                || isOutletName(author)
                || gazetteer
                        .lookup(author)
                        .map(entry -> entry.type() != dev.colloquy.core.entity.EntityType.PERSON)
                        .orElse(false)
                || !GIVEN_NAMES.contains(first)
                        && gazetteer.opensWithReferenceName(author)
                        && Names.occurrences(document.proseText(), author) >= 2;
    }

    /** "Professor Chomsky" or "Noam Chomsky" for the interviewee Noam Chomsky: the same surname, titles aside. */
    private static boolean isTheInterviewee(String name, String interviewee) {
        if (interviewee.isEmpty()) {
            return false;
        }
        if (name.equals(interviewee)) {
            return true;
        }
        String[] words = name.split("[ \\u00a0]+");
        return Names.isTitleWord(words[0]) && Names.surname(name).equals(Names.surname(interviewee));
    }

    /**
     * The writer saying they did the interview: "I spoke with", "we sat down with", "I asked", "We did an interview
     * with", "my conversation
     * with the co-chairs", "Julien and Simon tell us about …" (but not a question's "Can you tell us about …" nor
     * a questionnaire's "Tell us about yourself.").
     */
    private static final Pattern FIRST_PERSON_INTERVIEWING =
            Pattern.compile("(?i)\\b(?:I|we)[ \\u00a0]+(?:speak|spoke|talk|talked"
                    + "|sit down|sat down|catch up|caught up|chat|chatted|meet|met)[ \\u00a0]+(?:with|to)\\b"
                    + "|\\b(?:I|we)(?:['’]ve|['’]re|[ \\u00a0]+(?:have|are|were))?[ \\u00a0]+(?:interviewed|interviewing|asked)\\b"
                    + "|\\b(?:I|we)[ \\u00a0]+had[ \\u00a0]+the[ \\u00a0]+chance[ \\u00a0]+to[ \\u00a0]+interview\\b"
                    + "|\\b(?:I|we)(?:[ \\u00a0]+also)?[ \\u00a0]+(?:did|had|held|conducted|recorded)[ \\u00a0]+an?[ \\u00a0]+"
                    + "(?:[\\p{L}-]+[ \\u00a0]+)?(?:interview|conversation|chat)[ \\u00a0]+with\\b"
                    + "|\\b(?:I|we)(?:['’]ve|[ \\u00a0]+have)?[ \\u00a0]+invited\\b"
                    + "|\\b(?:our|my)[ \\u00a0]+guest\\b"
                    + "|\\b(?:my|our)[ \\u00a0]+(?:conversation|interview|chat)[ \\u00a0]+with\\b"
                    // "I'll be interviewing the people who …", "Our latest interview is with …", "Today's interview is
                    // with …": the writer presenting the interview the post itself prints
                    + "|\\b(?:I|we)(?:['’]ll|[ \\u00a0]+will)[ \\u00a0]+be[ \\u00a0]+interviewing\\b"
                    + "|\\b(?:my|our|today['’]s)[ \\u00a0]+(?:[\\p{L}-]+[ \\u00a0]+)?(?:conversation|interview|chat)[ \\u00a0]+is[ \\u00a0]+with\\b"
                    + "|\\bof[ \\u00a0]+today['’]s[ \\u00a0]+(?:[\\p{L}-]+[ \\u00a0]+)?interviews[ \\u00a0]+is[ \\u00a0]+with\\b"
                    + "|(?<=\\p{L}[ \\u00a0])(?<!\\b(?:you|to|please|can|could|would|will)[ \\u00a0])"
                    + "(?:tells?|told)[ \\u00a0]+us[ \\u00a0]+about\\b");

    /** "Darshan Murthy (Apple)" → "Darshan Murthy"; "By Jane Doe" → "Jane Doe". */
    static String cleanName(String name) {
        return name.replaceAll("\\s*\\([^)]*\\)\\s*$", "")
                .replaceFirst("^(?i:by)\\s+", "")
                .strip();
    }

    private static boolean isName(String value) {
        String cleaned = cleanName(value);
        return !cleaned.isEmpty() && Character.isLetter(cleaned.charAt(0)) && cleaned.length() <= 60;
    }

    /** The title words the article puts directly in front of the name, or a "Role, Name" line. */
    static String roleOf(String name, String text) {
        // Runs are bounded and unambiguous (words split only at spaces): long runs of capitals must neither
        // recurse without end nor backtrack exponentially.
        Pattern beforeName = Pattern.compile(
                "((?:[\\p{Lu}][\\p{L}\\p{M}’'.-]*[ \\u00a0]+){1,8})" + Pattern.quote(name)
                        + "|^([\\p{Lu}][\\p{L}\\p{M}’'.-]*(?:[ \\u00a0]+[\\p{Lu}][\\p{L}\\p{M}’'.-]*){0,8}),[ \\u00a0]+"
                        + Pattern.quote(name) + "$",
                Pattern.MULTILINE);
        Matcher matcher = beforeName.matcher(text);
        while (matcher.find()) {
            String run = (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).trim();
            String role = trailingRole(run);
            if (role != null) {
                return role;
            }
        }
        return null;
    }

    /** The longest tail of the run made of titles, roles and acronyms, with at least one title in it. */
    private static String trailingRole(String run) {
        String[] words = run.split("[ \\u00a0]+");
        int first = words.length;
        while (first > 0 && (Names.isTitleWord(words[first - 1]) || Names.isAcronym(words[first - 1]))) {
            first--;
        }
        boolean hasTitle = false;
        for (int i = first; i < words.length; i++) {
            hasTitle |= Names.isTitleWord(words[i]);
        }
        return hasTitle ? String.join(" ", List.of(words).subList(first, words.length)) : null;
    }

    private static Speaker interviewer(LineSearch lines, String interviewee) {
        for (MatchResult matcher : lines.matches(INTERVIEWER, INTERVIEWER_ROLES)) {
            String name = matcher.group(3);
            // "advice columnist Dan Savage's column" speaks of the columnist's work, not of who asked
            boolean possessive = name.endsWith("'s") || name.endsWith("’s");
            if (!name.equals(interviewee) && !possessive) {
                String owner = matcher.group(1);
                String role = (owner == null ? "" : owner + " ") + matcher.group(2);
                return new Speaker(name, role);
            }
        }
        return null;
    }

    /**
     * The outlet: an asking-side label that names no person but an outlet the prose names too ("Wikinews:"),
     * else the name most often given as the one the interviewee spoke to, if it is named twice or in the
     * opening, and is no person, place, people or adjective.
     */
    private void findPublication(WorkingDocument document, String text, LineSearch lines, String opening) {
        if (document.interviewer() != null
                && isOutletName(document.interviewer().name())) {
            record(document, "publication", "the asking side's label", 0.75);
            document.publication(document.interviewer().name());
            return;
        }
        String introduced = outletOfInterviewerIntroduction(document, text);
        if (introduced != null) {
            record(document, "publication", "the interviewer's self-introduction (\"I'm …, editor of …\")", 0.8);
            document.publication(introduced);
            return;
        }
        if (document.author() != null && authorIsOrganisation(document)) {
            // "author: Apache APISIX": a project, team or outlet signing its own post is its publisher
            record(document, "publication", "the author, an organisation", 0.75);
            document.publication(cleanName(document.author()));
            return;
        }
        Matcher tagline = SITE_TAGLINE.matcher(opening);
        if (tagline.find()) {
            record(document, "publication", "the site's tagline", 0.9);
            document.publication(tagline.group(1));
            return;
        }
        Matcher republished = REPUBLISHED_FROM.matcher(text);
        if (republished.find()) {
            record(document, "publication", "a note naming where the post first appeared", 0.85);
            document.publication(republished.group(1).replaceAll("[.]+$", ""));
            return;
        }
        String outlet = outletDoingTheInterview(opening, headlineText(document), text);
        if (outlet != null) {
            record(document, "publication", "the opening (\"" + outlet + " spoke with …\")", 0.8);
            document.publication(outlet);
            if (document.interviewer() == null) {
                record(document, "interviewer", "the outlet that did the interview", 0.75);
                document.interviewer(new Speaker(outlet, null));
            }
            return;
        }
        if (isPressConference(document)) {
            // Reporters of many outlets ask, and "the President told X" tells of a third party, never of the
            // outlet that published the transcript: the prose names no publication here.
            return;
        }
        Matcher reporter = OUTLET_REPORTER.matcher(opening);
        while (reporter.find()) {
            if (!Names.isNotAName(reporter.group(1)) && isOneWordOutlet(reporter.group(1), text)) {
                record(document, "publication", "the opening (\"a " + reporter.group(1) + " reporter\")", 0.8);
                document.publication(reporter.group(1));
                return;
            }
        }
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        // Long articles give the same candidate many times: each is looked for in the whole text once.
        java.util.Map<String, Boolean> outlets = new java.util.HashMap<>();
        for (MatchResult matcher : lines.matches(PUBLICATION, PUBLICATION_WORDS)) {
            String candidate = matcher.group(1).replaceAll("[.]+$", "");
            String following = matcher.group(2);
            if (following != null && !AFTER_OUTLET.contains(following)) {
                continue; // "told Republican senators": an adjective, not an outlet
            }
            if (outlets.computeIfAbsent(candidate, name -> couldBeOutlet(name, document, text))) {
                counts.merge(candidate, 1, Integer::sum);
            }
        }
        counts.entrySet().stream()
                .filter(entry -> entry.getValue() >= 2
                        || Names.occurrences(text, entry.getKey()) >= 2
                        || opening.contains(entry.getKey()))
                .max(java.util.Map.Entry.comparingByValue())
                .ifPresent(entry -> {
                    record(
                            document,
                            "publication",
                            "prose (\"told …\", \"interview with …\")",
                            entry.getValue() >= 2 ? 0.8 : 0.7);
                    document.publication(entry.getKey());
                });
    }

    /**
     * The outlet the interviewer introduces themselves as working for; only the interviewer's own introduction
     * counts, since an interviewee may well be the editor of some other publication.
     */
    private static String outletOfInterviewerIntroduction(WorkingDocument document, String text) {
        if (document.interviewer() == null) {
            return null;
        }
        Matcher introduction = STAFF_INTRODUCTION.matcher(text);
        while (introduction.find()) {
            if (introduction.group(1).equalsIgnoreCase(document.interviewer().name())
                    && !Names.isNotAName(introduction.group(2))) {
                return introduction.group(2);
            }
        }
        return null;
    }

    /**
     * A press conference's transcript: its questions are labelled only "Q" (reporters, unnamed) and its answers
     * with the names of the officials who give them ("MS. PSAKI:"), each at least {@value #PRESS_CONFERENCE_TURNS}
     * times. A question-and-answer interview labels its answers "A", and a labelled conversation names both sides.
     */
    private static boolean isPressConference(WorkingDocument document) {
        int anonymousQuestions = 0;
        int namedAnswers = 0;
        for (Block block : document.blocks()) {
            TurnLabel label = block.label();
            if (label == null) {
                continue;
            }
            if (label.kind() == TurnLabel.Kind.QUESTION && label.speaker().equals("Q")) {
                anonymousQuestions++;
            } else if (label.kind() == TurnLabel.Kind.SPEAKER) {
                namedAnswers++;
            }
        }
        return anonymousQuestions >= PRESS_CONFERENCE_TURNS && namedAnswers >= PRESS_CONFERENCE_TURNS;
    }

    private static final int PRESS_CONFERENCE_TURNS = 3;

    /**
     * A name built on an outlet word: one word that begins or ends with one ("Wikinews", "Newsweek"), or
     * several of which one is one ("Coast Courier", "The Daily Post").
     */
    static boolean isOutletName(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("[ \\u00a0]+");
        if (words.length == 1) {
            return OUTLET_WORDS.stream().anyMatch(word -> words[0].startsWith(word) || words[0].endsWith(word));
        }
        return java.util.Arrays.stream(words).anyMatch(OUTLET_WORDS::contains);
    }

    /**
     * A headline saying whom the interviewee spoke to: "Biologist Nick Bos tells Wikinews about …". In the
     * headline, unlike the prose ("he told Reuters last year"), it is the outlet that did this interview.
     */
    private static final Pattern HEADLINE_TOLD = Pattern.compile(
            "\\b(?:tells|told|speaks to|spoke to|talks to|talked to)[ \\u00a0]+(\\p{Lu}[\\p{L}\\p{N}&-]+)\\b(?![ \\u00a0]\\p{Lu})");

    /**
     * A single word that the opening makes the subject of the interview ("Wikinews interviewed …") and that
     * is no person: not a title, pronoun or known person, and never part of a longer name in the text; or the
     * outlet a headline says the interviewee told.
     */
    private String outletDoingTheInterview(String opening, String headline, String text) {
        Matcher matcher = OUTLET_AS_SUBJECT.matcher(opening);
        while (matcher.find()) {
            String word = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            if (word.contains(" ") || word.contains("\u00a0")) {
                if (isOutletName(word)) {
                    return word; // "Coast Courier spoke to …": a name built on an outlet word
                }
                continue; // "Jane Doe spoke with …": a person
            }
            if (isOneWordOutlet(word, text)) {
                return word;
            }
        }
        Matcher told = HEADLINE_TOLD.matcher(headline);
        if (told.find() && isOneWordOutlet(told.group(1), text)) {
            return told.group(1);
        }
        return null;
    }

    /** One word that is no person: not a title, pronoun or known person, never part of a longer name in the text. */
    private boolean isOneWordOutlet(String word, String text) {
        return !(Names.isTitleWord(word)
                || Names.isNotAName(word)
                || gazetteer
                        .lookup(word)
                        .map(entry -> entry.type() != dev.colloquy.core.entity.EntityType.ORGANIZATION)
                        .orElse(false)
                || partOfLongerName(word, text));
    }

    /** Whether the candidate could name an outlet; {@code text} is the document's prose text. */
    private boolean couldBeOutlet(String candidate, WorkingDocument document, String text) {
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (Prose.wordCount(candidate) > 5
                || gazetteer.isDemonym(candidate)
                || lower.endsWith("ians")
                || lower.endsWith("ans") && !lower.contains(" ")) {
            return false;
        }
        Optional<Gazetteer.Entry> known = gazetteer.lookup(candidate);
        if (known.isPresent() && known.get().type() != dev.colloquy.core.entity.EntityType.ORGANIZATION) {
            return false;
        }
        for (Speaker person : new Speaker[] {document.interviewee(), document.interviewer()}) {
            if (person != null
                    && (candidate.equals(person.name())
                            || candidate.equals(Names.surname(person.name()))
                            || person.name().startsWith(candidate + " "))) {
                return false;
            }
        }
        if (!candidate.contains(" ") && partOfLongerName(candidate, text)) {
            return false; // "told Bolsonaro" where the article also writes "Jair Bolsonaro"
        }
        return document.author() == null || !candidate.equals(cleanName(document.author()));
    }

    /**
     * True when the text also writes the word as part of a capitalised name of two words or more. The word beside
     * it must be one that can belong to a name: a function word opening a sentence ("With Wikinews, Sarvis
     * discusses …") cannot, nor can a sentence's last word ("… in the United States. Wikinews spoke with …"),
     * though an abbreviation's period ("Dr.", "J.") can stand before a name.
     */
    private static boolean partOfLongerName(String word, String text) {
        Matcher beside = Pattern.compile(
                        "(\\p{Lu}[\\p{L}’'.-]*[\\p{L}’'-]|\\b\\p{Lu}\\p{Ll}{0,2}\\.)[ \\u00a0]" + Pattern.quote(word)
                                + "\\b" + "|\\b" + Pattern.quote(word) + "[ \\u00a0](\\p{Lu}[\\p{L}’'-]+)")
                .matcher(text);
        while (beside.find()) {
            String neighbour = beside.group(1) != null ? beside.group(1) : beside.group(2);
            if (!Names.isNotAName(neighbour)) {
                return true;
            }
        }
        return false;
    }

    private static void record(WorkingDocument document, String what, String source, double confidence) {
        document.evidence(what, new Evidence(source, Math.round(confidence * 100) / 100.0));
    }

    private static void warnWhereUnsure(WorkingDocument document) {
        document.evidence().forEach((what, evidence) -> {
            if (evidence.confidence() < Evidence.UNSURE) {
                document.warn(
                        "UNSURE_" + what.toUpperCase(Locale.ROOT),
                        1,
                        "the " + what + " was taken from " + evidence.source() + " (confidence " + evidence.confidence()
                                + ")");
            }
        });
    }
}
