package dev.colloquy.api.interview;

import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The transcript of an article; article and exchanges are resolved by {@link InterviewGraph}. */
@Type("Interview")
@Description("The transcript of an interview: who asked, who answered, and the exchanges in order.")
public record Interview(
        @Ignore long key,
        @Ignore long articleKey,

        @Description("Who asked the questions, when the article says.")
        Speaker interviewer,

        @NonNull @Description("Who answered the questions.") Speaker interviewee)
        implements Node {

    public static final String TYPE = "Interview";

    public static Interview of(InterviewRow row) {
        long article = row.article.id;
        return new Interview(
                row.id,
                article,
                Speaker.of(row.interviewerName, row.interviewerRole, article),
                Speaker.of(row.intervieweeName, row.intervieweeRole, article));
    }

    @Override
    @Id
    @NonNull
    @Description("The global ID: opaque, stable, and resolvable by node(id:).")
    public String getId() {
        return GlobalId.of(TYPE, key);
    }
}
