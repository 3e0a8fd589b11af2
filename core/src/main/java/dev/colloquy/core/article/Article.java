package dev.colloquy.core.article;

import dev.colloquy.core.text.SpannedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The article around an interview: its metadata and the prose that precedes the transcript.
 *
 * @param slug            a URL-safe key derived from the headline, stable across re-imports
 * @param publication     the outlet's name; derived from the text or given by front matter, so it has no span
 * @param dateline        the place the article was filed from, e.g. "Brussels"
 * @param leadParagraphs  the article's own paragraphs before the transcript
 * @param transcriptIntro the sentence that introduces the transcript ("Below is the transcript…"), if any
 */
public record Article(
        String slug,
        SpannedText headline,
        SpannedText standfirst,
        String publication,
        SpannedText dateline,
        LocalDate publishedOn,
        List<SpannedText> leadParagraphs,
        SpannedText transcriptIntro,
        List<Image> images) {

    public Article {
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("slug must be lower-case words joined by hyphens: " + slug);
        }
        Objects.requireNonNull(headline, "headline");
        leadParagraphs = List.copyOf(leadParagraphs);
        images = List.copyOf(images);
    }
}
