package dev.colloquy.api.exchange;

import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.Node;
import dev.colloquy.api.interview.Speaker;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * One question and its answer. The speakers travel with it (loaded with the page in one join) so that
 * the turns need no further look-up of the interview.
 */
@Type("Exchange")
@Description("One question turn and the answer turn that follows it.")
public record Exchange(
        @Ignore long key,
        @Ignore long interviewKey,
        @Description("1-based position in the transcript.") int ordinal,

        @Description("How sure the importer is of this exchange's boundaries, from 0 to 1.")
        double confidence,

        @Ignore Speaker interviewer,
        @Ignore Speaker interviewee)
        implements Node {

    public static final String TYPE = "Exchange";

    /** Reads the row and its interview, which the caller must have fetched with it. */
    public static Exchange of(ExchangeRow row) {
        var interview = row.interview;
        long article = interview.article.id;
        return new Exchange(
                row.id,
                interview.id,
                row.ordinal,
                row.confidence,
                Speaker.of(interview.interviewerName, interview.interviewerRole, article),
                Speaker.of(interview.intervieweeName, interview.intervieweeRole, article));
    }

    @Override
    @Id
    @NonNull
    @Description("The global ID: opaque, stable, and resolvable by node(id:).")
    public String getId() {
        return GlobalId.of(TYPE, key);
    }
}
