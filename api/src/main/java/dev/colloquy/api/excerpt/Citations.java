package dev.colloquy.api.excerpt;

import dev.colloquy.core.excerpt.Citation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The article's citation in three styles. */
@Type("Citations")
@Description("How to cite the article an excerpt comes from, in three styles.")
public record Citations(
        @NonNull @Description("APA 7th edition.") String apa,
        @NonNull @Description("MLA 9th edition.") String mla,
        @NonNull @Description("Chicago, notes and bibliography.") String chicago) {

    static Citations of(Citation citation) {
        return new Citations(citation.apa(), citation.mla(), citation.chicago());
    }
}
