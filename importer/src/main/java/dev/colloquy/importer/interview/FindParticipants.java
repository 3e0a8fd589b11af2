package dev.colloquy.importer.interview;

import dev.colloquy.core.interview.Speaker;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.Names;
import dev.colloquy.importer.text.Names.Candidate;
import dev.colloquy.importer.text.Prose;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out who was interviewed, by whom, and for which publication, from the places articles name them:
 * the headline ("Name: …"), the opening prose ("NATO Secretary General Mark Rutte"), captions ("speaks to
 * the paper's editor-in-chief, Name") and the verbs of reporting ("told X", "in an interview with X").
 */
public final class FindParticipants implements Stage {

    private static final int OPENING_BLOCKS = 8;
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{M}’'-]+(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{M}’'-]+){1,3}";
    private static final String PROPER_RUN =
            "\\p{Lu}[\\p{L}\\p{N}\\p{M}&’'.-]*(?:[ \\u00a0]+(?:of[ \\u00a0]|the[ \\u00a0]|for[ \\u00a0])?\\p{Lu}[\\p{L}\\p{N}\\p{M}&’'.-]*){0,8}";
    private static final String INTERVIEWER_ROLE =
            "editor-in-chief|editor|correspondent|reporter|journalist|host|presenter|interviewer|columnist|anchor|writer";
    private static final Pattern INTERVIEWER = Pattern.compile(
            "(?:(" + PROPER_RUN + ")['’]s[ \\u00a0]+)?((?i:" + INTERVIEWER_ROLE + "))[,:]?[ \\u00a0]+(" + NAME + ")");
    private static final Pattern INTERVIEWED_BY = Pattern.compile("(?:(?i:interviewed by)|^By)[ \\u00a0]+(" + NAME + ")",
            Pattern.MULTILINE);
    private static final Pattern PUBLICATION = Pattern.compile(
            "(?i:interview with|interviewed by|told|tells|telling|speaking to|speaks to|spoke to|talks to|"
                    + "talked to|talking to|speaking with|spoke with|sat down with)[ \\u00a0]+(?:the[ \\u00a0]+)?(" + PROPER_RUN + ")");

    @Override
    public String name() {
        return "find-participants";
    }

    @Override
    public void apply(WorkingDocument document) {
        // Front matter, page metadata and speaker labels, read earlier, are more reliable than prose.
        String text = document.proseText();
        if (document.interviewee == null) {
            Optional<String> name = intervieweeFromHeadline(document).or(() -> mostMentionedPerson(document, text));
            name.ifPresent(found -> document.interviewee = new Speaker(found, roleOf(found, text)));
        } else if (document.interviewee.role() == null) {
            document.interviewee = new Speaker(document.interviewee.name(), roleOf(document.interviewee.name(), text));
        }
        if (document.interviewer == null) {
            document.interviewer = interviewer(text, document.interviewee == null ? "" : document.interviewee.name());
        }
        if (document.publication == null) {
            document.publication = publication(text, document);
        }
    }

    /** "Mark Rutte: It's important…" names the interviewee before the colon. */
    private static Optional<String> intervieweeFromHeadline(WorkingDocument document) {
        Block headline = document.firstOf(BlockKind.HEADLINE);
        String title = headline != null ? headline.text()
                : document.metadataHeadline != null ? document.metadataHeadline.text() : null;
        if (title == null) {
            return Optional.empty();
        }
        int colon = title.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Names.personCandidates(title.substring(0, colon)).stream()
                .map(Candidate::name).findFirst();
    }

    /** The person of the opening blocks whose surname recurs most often in the whole text. */
    private static Optional<String> mostMentionedPerson(WorkingDocument document, String text) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        document.blocks.stream().limit(OPENING_BLOCKS)
                .flatMap(block -> Names.personCandidates(block.text()).stream())
                .map(Candidate::name)
                .forEach(candidate -> scores.computeIfAbsent(candidate,
                        key -> Names.occurrences(text, Names.surname(key))));
        return scores.entrySet().stream()
                .filter(entry -> entry.getValue() >= 2)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
    }

    /** The title words the article puts directly in front of the name, or a "Role, Name" line. */
    static String roleOf(String name, String text) {
        // Runs are bounded and unambiguous (words split only at spaces): long runs of capitals must neither
        // recurse without end nor backtrack exponentially.
        Pattern beforeName = Pattern.compile("((?:[\\p{Lu}][\\p{L}\\p{M}’'.-]*[ \\u00a0]+){1,8})" + Pattern.quote(name)
                + "|^([\\p{Lu}][\\p{L}\\p{M}’'.-]*(?:[ \\u00a0]+[\\p{Lu}][\\p{L}\\p{M}’'.-]*){0,8}),[ \\u00a0]+"
                + Pattern.quote(name) + "$", Pattern.MULTILINE);
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

    private static Speaker interviewer(String text, String interviewee) {
        Matcher matcher = INTERVIEWER.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(3);
            if (!name.equals(interviewee)) {
                String owner = matcher.group(1);
                String role = (owner == null ? "" : owner + " ") + matcher.group(2);
                return new Speaker(name, role);
            }
        }
        Matcher byline = INTERVIEWED_BY.matcher(text);
        while (byline.find()) {
            if (!byline.group(1).equals(interviewee)) {
                return new Speaker(byline.group(1), null);
            }
        }
        return null;
    }

    /** The name most often given as the one the interviewee spoke to. */
    private static String publication(String text, WorkingDocument document) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher matcher = PUBLICATION.matcher(text);
        while (matcher.find()) {
            String candidate = matcher.group(1).replaceAll("['’]s$", "");
            boolean isAPerson = document.interviewee != null && candidate.equals(document.interviewee.name())
                    || document.interviewer != null && candidate.equals(document.interviewer.name());
            if (!isAPerson && Prose.wordCount(candidate) <= 5) {
                counts.merge(candidate, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
