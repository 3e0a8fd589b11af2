package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.entity.Candidate.Evidence;
import dev.colloquy.importer.entity.ReferenceNames.Form;
import dev.colloquy.importer.entity.model.NameModel.Name;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Software, programming languages and companies of the open-data reference lists, read over the whole
 * paragraph, lower-case names included ("kubectl", "scikit-learn"). The widest listed form at a word wins. A
 * name is not taken where a wider name claims its words: a longer name of the gazetteer or the article, or a
 * wider name the statistical model found ("Python Software Foundation" over "Python"). A listed name that is
 * also an ordinary word ("Go", "Square", "pandas") counts only capitalised inside a sentence, standing alone
 * among lower-case words; any other listed name of one word is matched in any case ("Github", "CUDA") when it has
 * at least {@link #MIN_FOLDED_LENGTH} characters.
 */
final class ListedNames implements CandidateRule {

    private static final int MIN_FOLDED_LENGTH = 4;

    private final ReferenceNames names;
    private final boolean titleCase;

    ListedNames(ReferenceNames names, boolean titleCase) {
        this.names = names;
        this.titleCase = titleCase;
    }

    @Override
    public int apply(Scan scan, Run run, int at) {
        List<Token> words = run.words();
        BitSet listed = new BitSet(words.size());
        int i = at;
        while (i < words.size()) {
            int taken = readAt(scan, words, i);
            listed.set(i, i + taken);
            i += Math.max(1, taken);
        }
        if (!titleCase) {
            for (int k = at; k < words.size(); k++) {
                readAmongListed(scan, words, k, listed);
            }
        }
        return 0;
    }

    /**
     * "scikit-learn, pandas and pydata-sphinx-theme": a listed name written as an ordinary lower-case word is
     * read as the name when it is listed together with another listed name.
     */
    private void readAmongListed(Scan scan, List<Token> words, int k, BitSet listed) {
        Token word = words.get(k);
        if (scan.isClaimed(word) || !(listed.get(Math.max(0, k - 1)) || listed.get(k + 1))) {
            return;
        }
        for (Form form : names.startingWith(word.text())) {
            if (form.words() == 1
                    && form.plain()
                    && form.surface().equals(word.text())
                    && (joinedInList(scan, words, k - 1, k, listed) || joinedInList(scan, words, k, k + 1, listed))) {
                Span span = new Span(word.start(), word.end());
                scan.add(listed(scan, words, k, form, word.text(), span, Evidence.LISTED));
                return;
            }
        }
    }

    /** True when words {@code left} and {@code right} are items of one list and the other one is listed. */
    private static boolean joinedInList(Scan scan, List<Token> words, int left, int right, BitSet listed) {
        if (left < 0 || right >= words.size() || !(listed.get(left) || listed.get(right))) {
            return false;
        }
        String gap =
                scan.text().substring(words.get(left).end(), words.get(right).start());
        return LIST_GAP.matcher(gap).matches();
    }

    private static final Pattern LIST_GAP = Pattern.compile(",? (?:and|or) |, ");

    private int readAt(Scan scan, List<Token> words, int i) {
        if (scan.isClaimed(words.get(i))) {
            return 0;
        }
        for (Form form : names.startingWith(words.get(i).text())) {
            if (i + form.words() <= words.size() && matches(scan, words, i, form)) {
                List<Token> taken = words.subList(i, i + form.words());
                Span span = Scan.span(taken);
                if (!wider(scan, words, i, form, span) && !scan.insideAddress(span)) {
                    scan.add(listed(scan, words, i, form, scan.cut(span), span, Evidence.LISTED));
                    return form.words();
                }
            }
        }
        return 0;
    }

    /** The candidate for a listed form; a brand's type is what the words around it say, if they say it. */
    private static Candidate listed(
            Scan scan, List<Token> words, int at, Form form, String surface, Span span, Evidence evidence) {
        if (!form.brand()) {
            return Candidate.resolved(
                    surface, span, form.entry().name(), form.entry().type(), evidence);
        }
        Optional<EntityType> said = BrandContext.typeAt(scan, words, at, form.words());
        return Candidate.resolved(
                surface,
                span,
                form.entry().name(),
                said.orElse(form.entry().type()),
                said.isPresent() ? Evidence.BRAND_IN_CONTEXT : Evidence.BRAND);
    }

    private boolean matches(Scan scan, List<Token> words, int i, Form form) {
        Span span = Scan.span(words.subList(i, i + form.words()));
        if (span.length() != form.surface().length()) {
            return false; // spaced as listed, or no match at all
        }
        String written = scan.squeezed(span);
        if (form.plain()) {
            return !titleCase
                    && written.equals(capitalised(form.surface()))
                    && !words.get(i).sentenceStart()
                    && standsAlone(scan, words, i, form.words());
        }
        boolean spelled = written.equals(form.surface()) || foldedMatch(written, form);
        return spelled && (form.words() > 1 || !isTitleCaseWord(written) || standsAlone(scan, words, i, 1));
    }

    /**
     * "Harbour", "Kubernetes": one word in title case inside a longer run of capitals ("Harbour Minister",
     * "Kubernetes Contributor Summit") is part of another name, so it must stand alone; a brand's own spelling
     * ("GitHub", "kubectl", "CNCF") may stand inside a run.
     */
    private static boolean isTitleCaseWord(String written) {
        return Character.isUpperCase(written.charAt(0))
                && written.substring(1).equals(written.substring(1).toLowerCase(Locale.ROOT));
    }

    /**
     * "github" or "Github" for "GitHub", "CUDA" for "Cuda": one word in another case. Not shouted text for a
     * name with capitals inside ("README" is no "ReadMe"), and not a word in lower case for a name in title
     * case, which is most often the ordinary word ("harbour" is no "Harbour").
     */
    private static boolean foldedMatch(String written, Form form) {
        boolean shouted = written.equals(written.toUpperCase(Locale.ROOT));
        boolean lowerCase = written.equals(written.toLowerCase(Locale.ROOT));
        boolean innerCapitals =
                !form.surface().substring(1).equals(form.surface().substring(1).toLowerCase(Locale.ROOT));
        return form.words() == 1
                && written.length() >= MIN_FOLDED_LENGTH
                && !(shouted && innerCapitals)
                && !(lowerCase && isTitleCaseWord(form.surface()))
                && written.equalsIgnoreCase(form.surface());
    }

    /** "Go" in "written in Go", not in "Go Daddy" or "Team Go". */
    private static boolean standsAlone(Scan scan, List<Token> words, int i, int width) {
        boolean before =
                i > 0 && words.get(i - 1).isCapitalised() && words.get(i - 1).joinsWith(words.get(i), scan.text());
        int next = i + width;
        boolean after = next < words.size()
                && words.get(next).isCapitalised()
                && words.get(next - 1).joinsWith(words.get(next), scan.text());
        return !before && !after;
    }

    /** A wider known name at this word, or a wider model name over it. */
    private static boolean wider(Scan scan, List<Token> words, int i, Form form, Span span) {
        if (scan.knownWidth(words, i) > form.words()) {
            return true;
        }
        Optional<Name> model = scan.modelNameCovering(span);
        return model.isPresent() && model.get().span().length() > span.length();
    }

    private static String capitalised(String form) {
        return form.substring(0, 1).toUpperCase(Locale.ROOT) + form.substring(1);
    }
}
