package dev.colloquy.api.lesson;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What to add to a lesson: an exchange, a passage inside one, or a quote with its source passage. */
@Input("AddExcerptInput")
@Description("An excerpt to add at the end of a lesson: give exchangeId (with start and end for a passage inside it), or quoteId.")
public class AddExcerptInput {

    @NonNull
    @Id
    @Description("The lesson to add to.")
    public String lessonId;

    @Id
    @Description("The exchange: alone, the whole exchange becomes the excerpt.")
    public String exchangeId;

    @Description("With exchangeId: offset of the passage's first character in the article's source text (as in Paragraph.start).")
    public Integer start;

    @Description("With exchangeId: offset just past the passage's last character in the source text.")
    public Integer end;

    @Id
    @Description("A quote: the excerpt is the transcript passage it came from, shown beside the quote (compare view).")
    public String quoteId;

    @Description("The teacher's note on the excerpt.")
    public String note;

    @Description("Discussion questions for the excerpt, in order.")
    public List<String> discussionQuestions;
}
