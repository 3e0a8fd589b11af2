package dev.colloquy.api.graphql;

import dev.colloquy.api.article.Article;
import dev.colloquy.api.article.ArticleRow;
import dev.colloquy.api.entity.Entity;
import dev.colloquy.api.entity.EntityGraph;
import dev.colloquy.api.excerpt.Excerpt;
import dev.colloquy.api.exchange.Exchange;
import dev.colloquy.api.exchange.ExchangeGraph;
import dev.colloquy.api.ingest.IngestGraph;
import dev.colloquy.api.ingest.RejectedSource;
import dev.colloquy.api.interview.Interview;
import dev.colloquy.api.interview.InterviewRow;
import dev.colloquy.api.lesson.Lesson;
import dev.colloquy.api.lesson.LessonGraph;
import dev.colloquy.api.quote.Quote;
import dev.colloquy.api.quote.QuoteRow;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Relay's node(id:): fetches anything by the global ID it was served with. */
@GraphQLApi
public class NodeGraph {

    @Inject
    ExchangeGraph exchanges;

    @Inject
    EntityGraph entities;

    @Inject
    LessonGraph lessons;

    @Inject
    IngestGraph ingest;

    @Query("node")
    @Description("Whatever has this global ID, or null when nothing has (any more). A malformed ID is BAD_USER_INPUT.")
    public Node node(@NonNull @Id @Description("A global ID, as served in the id field of any node.") String id) {
        GlobalId parsed = GlobalId.parse(id);
        Optional<? extends Node> found = switch (parsed.type()) {
            case Article.TYPE ->
                ArticleRow.<ArticleRow>findByIdOptional(parsed.key()).map(Article::of);
            case Interview.TYPE ->
                InterviewRow.<InterviewRow>findByIdOptional(parsed.key()).map(Interview::of);
            case Exchange.TYPE -> exchanges.find(parsed.key());
            case Quote.TYPE -> QuoteRow.<QuoteRow>findByIdOptional(parsed.key()).map(Quote::of);
            case Entity.TYPE -> entities.find(parsed.key());
            // Someone else's draft (and its excerpts) resolves to null, as if it did not exist.
            case Lesson.TYPE -> lessons.find(parsed.key());
            case Excerpt.TYPE -> lessons.findExcerpt(parsed.key());
            // Editors' business: null for anyone else, as for a draft.
            case RejectedSource.TYPE -> ingest.findRejected(parsed.key());
            // Not an ID this service hands out: malformed, not a well-formed ID of something gone.
            default -> throw new BadUserInputException("id: '" + LogSafe.text(id) + "' is not a valid ID");
        };
        return found.orElse(null);
    }
}
