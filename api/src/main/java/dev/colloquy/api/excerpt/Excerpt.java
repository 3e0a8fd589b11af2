package dev.colloquy.api.excerpt;

import dev.colloquy.api.article.Article;
import dev.colloquy.api.exchange.Exchange;
import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.Node;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An excerpt, resolved against its article's current text by {@link ExcerptResolver}. */
@Type("Excerpt")
@Description("A whole exchange, or a passage inside one, that a teacher put in a lesson: its text found again in the"
        + " article's current revision, with selectors, reading level and citations.")
public record Excerpt(
        @Ignore long key,
        @Ignore long lessonKey,
        @Description("1-based place in the lesson.") int position,

        @NonNull
        @Description("Whether the excerpt was found where it was, found elsewhere, or not found in the current text.")
        AnchorStatus status,

        @Description("True for a whole exchange (question and answer), false for a passage chosen inside one.")
        boolean wholeExchange,

        @NonNull @Description("The excerpt's words: for a whole exchange its answer, otherwise the selected passage.")
        String text,

        @Description("The interviewer's question the excerpt answers, when it lies in an answer.")
        String question,

        @Description("Who speaks the excerpt, when known.") String speaker,
        @Description("Who was interviewed, when known.") String interviewee,

        @Description("Who conducted the interview (asked the question), when known.")
        String interviewer,

        @NonNull @Description("Where the excerpt is in the article's current source text.")
        Selectors selectors,

        @Description("How many words the excerpt's text has.")
        int wordCount,

        @NonNull @Description("How hard the excerpt's text is to read.")
        ReadingLevel readingLevel,

        @NonNull
        @Description(
                "The article's citation in APA, MLA and Chicago styles, with the editor's corrections of its metadata.")
        Citations citations,

        @Description("The teacher's note.") String note,

        @NonNull @Description("The teacher's discussion questions, in order.")
        List<@NonNull String> discussionQuestions,

        @Description("For an excerpt made from a quote: the quote beside the passage it came from.")
        QuoteComparison comparison,

        @NonNull @Description("The article the excerpt comes from.")
        Article article,

        @Description("The exchange that holds the excerpt now; null when it is not found.")
        Exchange exchange)
        implements Node {

    public static final String TYPE = "Excerpt";

    @Override
    @Id
    @NonNull
    @Description("The global ID: opaque, stable, and resolvable by node(id:).")
    public String getId() {
        return GlobalId.of(TYPE, key);
    }
}
