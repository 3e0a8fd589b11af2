package dev.colloquy.api.ingest;

import dev.colloquy.api.article.Article;
import dev.colloquy.api.article.ArticleRow;
import dev.colloquy.api.security.Caller;
import dev.colloquy.api.security.Roles;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Takes new articles into the running service. */
@GraphQLApi
public class IngestGraph {

    @Inject
    ImportService imports;

    @Inject
    Caller caller;

    @Inject
    RejectedSources rejections;

    @Query("rejectedSources")
    @Description("The files of the corpus folder (and the shipped sample) that the start-up import could not make an"
            + " article of, with the reason, oldest first. Each is skipped on later starts until the importer changes."
            + " Needs the editor role: UNAUTHENTICATED without credentials, FORBIDDEN for other users.")
    public @NonNull RejectedSourceConnection rejectedSources(
            @DefaultValue("20") @Description("How many to return, at most 100.") Integer first,
            @Description("Return those after this cursor.") String after,
            @DefaultValue("true")
                    @Description(
                            "Only the rejections of the running importer; false adds those of older versions, which"
                                    + " the next start reads again.")
                    boolean current) {
        caller.require(Roles.EDITOR);
        return rejections.page(first, after, current);
    }

    /** For node(id:): a rejection, for editors only; null for anyone else. */
    public Optional<RejectedSource> findRejected(long key) {
        return caller.hasRole(Roles.EDITOR) ? rejections.find(key) : Optional.empty();
    }

    @Mutation("importArticle")
    @Description(
            "Imports the text of an interview article. Importing the same text again changes nothing and returns the"
                    + " same article. A changed text becomes a new revision of an article only when it names that article"
                    + " (revises) or has the same sourceUrl; otherwise it is a new article, even with the same headline (its slug"
                    + " then ends in -2, -3…). Fails with IMPORT_FAILED when the importer cannot find an interview in it,"
                    + " IMPORT_UNSURE when options.strict is set and the importer was unsure of something,"
                    + " NOT_FOUND when revises names no article, IMPORT_CONFLICT when concurrent imports of the same article"
                    + " kept it from being stored (send it again); each writes nothing. Needs the editor role: UNAUTHENTICATED"
                    + " without credentials, FORBIDDEN for other users.")
    public ImportResult importArticle(
            @NonNull
                    @Description(
                            "The article as plain text: headline, standfirst, prose, then the transcript; at most 5 MiB"
                                    + " as UTF-8.")
                    String text,
            @Description("The public address of the original article, when known: an http or https URL of at most 2000"
                            + " characters.")
                    String sourceUrl,
            @Description("A name for the document, e.g. its file name, kept with the text; it does not identify the"
                            + " article. One line of at most 200 characters.")
                    String name,
            @Id @Description("The ID of the article this text is a new revision of.") String revises,
            @Description(
                            "The importer's options (layout, strict); it detects the layout and keeps warnings when left"
                                    + " out. A layout applies to a new text only: exactly this text imported before is the earlier import.")
                    ImportOptionsInput options) {
        caller.require(Roles.EDITOR);
        ImportSettings settings = options == null ? ImportSettings.DETECT : options.settings();
        ImportOutcome outcome = imports.importDocument(ImportCommand.ofText(text, name, sourceUrl, revises, settings));
        Article article = Article.of(ArticleRow.findById(outcome.articleKey()));
        return new ImportResult(
                article,
                outcome.created(),
                outcome.revision(),
                outcome.exchangeCount(),
                outcome.warnings().stream().map(ImportWarning::of).toList());
    }
}
