package dev.colloquy.api.article;

import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An article of the corpus as the schema shows it; nested fields are resolved by {@link ArticleGraph}. */
@Type("Article")
@Description("A published article around an interview: its metadata, its own prose and its transcript.")
public record Article(
        @Ignore long key,

        @NonNull @Description("A URL-safe key made from the headline, stable across re-imports.")
        String slug,

        @NonNull @Description("The headline as printed (or as an editor corrected it).")
        String headline,

        @Description("The line under the headline that sums the article up, when there is one.")
        String standfirst,

        @Description("The outlet that published the article (or as an editor corrected it).")
        String publication,

        @Description("Who wrote the article (the byline), when an editor has given it.")
        String author,

        @Description("The place the article was filed from, e.g. \"Brussels\".")
        String dateline,

        @Description(
                "The publication date, ISO-8601 (yyyy-mm-dd), when known; an editor's correction wins over the import.")
        String publishedOn,

        @Description(
                "The public address of the original article, when known; an editor's correction wins over the import.")
        String sourceUrl,

        @Description("True when an editor has corrected some of this metadata (correctArticleMetadata).")
        boolean corrected,

        @Description("How many times this article has been imported with changed text; 1 for the first import.")
        int revision,

        @Description("The sentence that introduces the transcript (\"Below is the transcript…\"), if any.")
        String transcriptIntro)
        implements Node {

    public static final String TYPE = "Article";

    public static Article of(ArticleRow row) {
        return new Article(
                row.id,
                row.slug,
                row.shownHeadline(),
                row.standfirst,
                row.shownPublication(),
                row.shownAuthor(),
                row.dateline,
                row.shownPublishedOn() == null ? null : row.shownPublishedOn().toString(),
                row.shownSourceUrl(),
                row.correctedAt != null,
                row.revision,
                row.transcriptIntro);
    }

    @Override
    @Id
    @NonNull
    @Description("The global ID: opaque, stable, and resolvable by node(id:).")
    public String getId() {
        return GlobalId.of(TYPE, key);
    }
}
