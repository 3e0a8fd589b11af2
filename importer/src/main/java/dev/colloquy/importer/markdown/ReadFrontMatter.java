package dev.colloquy.importer.markdown;

import dev.colloquy.core.interview.Speaker;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Stage;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
    public void apply(WorkingDocument document) {
        FrontMatter front = FrontMatter.read(document.text());
        if (front == null) {
            return;
        }
        document.frontMatter = front;
        document.publication = front.value("publication", "publisher", "outlet", "site", "siteName");
        document.sourceUrl = front.value("sourceUrl", "url", "source");
        document.metadataHeadline = front.spanned("title", "headline");
        String role = front.value("role", "intervieweeRole");
        String interviewee = front.value("interviewee", "guest");
        if (interviewee != null) {
            document.interviewee = new Speaker(interviewee, role);
        }
        String interviewer = front.value("interviewer", "host");
        if (interviewer != null) {
            document.interviewer = new Speaker(interviewer, front.value("interviewerRole"));
        }
        document.author = front.value("author", "authorName", "byline");
        if (document.author == null) {
            // "authors: [Jane Doe]", or a list of maps, "postauthors: - name: Jane Doe": the first one signed
            front.list("authors", "author", "postAuthors").stream().findFirst().ifPresent(first -> document.author = first);
        }
        String date = front.value("date", "published", "datePublished");
        if (date != null) {
            document.publishedOn = parseDate(date);
            if (document.publishedOn == null) {
                document.warn("BAD_FRONT_MATTER", 1, "the date '" + date + "' is not a date like 2026-03-14");
            }
        }
    }

    /** The calendar date at the start of an ISO date or timestamp, or null. */
    public static LocalDate parseDate(String value) {
        String trimmed = value.strip();
        if (trimmed.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(trimmed.substring(0, 10));
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
