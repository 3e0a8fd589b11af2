package dev.colloquy.importer.document;

import dev.colloquy.core.interview.Speaker;
import dev.colloquy.core.text.SpannedText;
import java.time.LocalDate;

/**
 * What a source says about itself in front matter or page metadata, before anything is read from its prose.
 * Any part may be null.
 */
public record DeclaredMetadata(
        SpannedText headline,
        String publication,
        String author,
        LocalDate publishedOn,
        String sourceUrl,
        Speaker interviewee,
        Speaker interviewer) {

    public static final DeclaredMetadata NONE = new DeclaredMetadata(null, null, null, null, null, null, null);

    /**
     * These values with the gaps filled from a page's metadata. Front matter wins, except for the headline:
     * a page without an h1 takes its declared title (or none), as the HTML reader always has.
     */
    public DeclaredMetadata withGapsFrom(DeclaredMetadata page, boolean pageDecidesHeadline) {
        return new DeclaredMetadata(
                // a title written in the front matter of an HTML post is the author's, above any the page implies
                headline != null ? headline : pageDecidesHeadline ? page.headline : null,
                publication != null ? publication : page.publication,
                author != null ? author : page.author,
                publishedOn != null ? publishedOn : page.publishedOn,
                sourceUrl != null ? sourceUrl : page.sourceUrl,
                interviewee != null ? interviewee : page.interviewee,
                interviewer != null ? interviewer : page.interviewer);
    }
}
