package dev.colloquy.importer.markdown;

import dev.colloquy.core.interview.Speaker;
import dev.colloquy.importer.document.DeclaredMetadata;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.IsoDates;
import java.time.LocalDate;
import java.util.Set;

/**
 * Reads the YAML front matter of a text or Markdown file and takes from it what the article's text does not
 * say reliably: publication, date, address, the participants. Values given here win over anything the
 * later stages infer, since a person wrote them down for this article.
 */
public final class ReadFrontMatter implements Stage {

    @Override
    public String name() {
        return "read-front-matter";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of();
    }

    @Override
    public Set<Fact> provides() {
        return Set.of(Fact.FRONT_MATTER);
    }

    @Override
    public void apply(WorkingDocument document) {
        FrontMatter front = FrontMatter.read(document.text());
        if (front == null) {
            return;
        }
        document.frontMatter(front, declared(document, front));
    }

    /** What the header declares; the people in it are hints that FindParticipants weighs first. */
    private static DeclaredMetadata declared(WorkingDocument document, FrontMatter front) {
        String role = front.value("role", "intervieweeRole");
        String interviewee = firstOf(front, "interviewee", "guest");
        String interviewer = firstOf(front, "interviewer", "host");
        String author = front.value("author", "authorName", "byline");
        if (author == null) {
            // "authors: [Jane Doe]", or a list of maps, "postauthors: - name: Jane Doe": the first one signed
            author = front.list("authors", "author", "postAuthors").stream()
                    .findFirst()
                    .orElse(null);
        }
        return new DeclaredMetadata(
                front.spanned("title", "headline"),
                front.value("publication", "publisher", "outlet", "site", "siteName"),
                author,
                publishedOn(document, front),
                front.value("sourceUrl", "url", "source"),
                interviewee == null ? null : new Speaker(interviewee, role),
                interviewer == null ? null : new Speaker(interviewer, front.value("interviewerRole")));
    }

    /** A single value, or the first item of a list ("interviewee:" then "- Jenny Bryan"): the one named first. */
    private static String firstOf(FrontMatter front, String... keys) {
        String value = front.value(keys);
        return value != null ? value : front.list(keys).stream().findFirst().orElse(null);
    }

    private static LocalDate publishedOn(WorkingDocument document, FrontMatter front) {
        String date = front.value("date", "published", "datePublished");
        if (date == null) {
            return null;
        }
        LocalDate publishedOn = IsoDates.dateOf(date);
        if (publishedOn == null) {
            document.warn("BAD_FRONT_MATTER", 1, "the date '" + date + "' is not a date like 2026-03-14");
        }
        return publishedOn;
    }
}
