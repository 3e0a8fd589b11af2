package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.entity.Candidate.Evidence;
import dev.colloquy.importer.text.Names;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "President (Dmitry) Medvedev": a bracketed given name before a surname is a person's full name, known also
 * by the form as written. Read over the whole paragraph, before its runs of capitals.
 */
final class BracketedGivenNames implements CandidateRule {

    private static final Pattern BRACKETED_GIVEN_NAME = Pattern.compile(
            "\\((\\p{Lu}\\p{L}+(?:[ \\u00a0]\\p{Lu}\\p{L}+){0,2})\\)[ \\u00a0](\\p{Lu}\\p{L}+(?:-\\p{Lu}\\p{L}+)?)");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}.-]*)[ \\u00a0]$");

    @Override
    public int apply(Scan scan, Run run, int at) {
        Matcher matcher = BRACKETED_GIVEN_NAME.matcher(scan.text()).region(run.from(), run.to());
        while (matcher.find()) {
            Span span = new Span(matcher.start(), matcher.end());
            String name = matcher.group(1) + " " + matcher.group(2);
            String written = scan.cut(span);
            String alias = titleBefore(scan, matcher.start())
                    .map(title -> title + " " + written)
                    .orElse(written);
            scan.add(Candidate.resolved(written, span, name, EntityType.PERSON, Evidence.BRACKETED_GIVEN_NAME)
                    .withAlias(alias));
        }
        return 0;
    }

    private static Optional<String> titleBefore(Scan scan, int offset) {
        Matcher title = WORD_BEFORE.matcher(scan.text().substring(Math.max(0, offset - 30), offset));
        return title.find() && Names.isTitleWord(title.group(1)) ? Optional.of(title.group(1)) : Optional.empty();
    }
}
