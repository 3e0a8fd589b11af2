package dev.colloquy.api.lesson;

import dev.colloquy.api.graphql.Limits;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What to add to a lesson: an exchange, a passage inside one, or a quote with its source passage. */
@Input("AddExcerptInput")
@Description(
        "An excerpt to add at the end of a lesson: give exchangeId (with start and end for a passage inside it), or quoteId.")
public class AddExcerptInput {

    @NonNull
    @Id
    @Description("The lesson to add to.")
    public String lessonId;

    @Id
    @Description("The exchange: alone, the whole exchange becomes the excerpt.")
    public String exchangeId;

    @Description(
            "With exchangeId: offset of the passage's first character in the article's source text (as in Paragraph.start)."
                    + " The passage is widened to whole sentences (never past the exchange's paragraphs), so a range that cuts a"
                    + " word still makes a readable excerpt; its selectors give the offsets stored.")
    public Integer start;

    @Description("With exchangeId: offset just past the passage's last character in the source text.")
    public Integer end;

    @Id
    @Description("A quote: the excerpt is the transcript passage it came from, shown beside the quote (compare view).")
    public String quoteId;

    @Description("The teacher's note on the excerpt, at most 5000 characters.")
    public String note;

    @Description("Discussion questions for the excerpt, in order: at most 20, each at most 1000 characters.")
    public List<String> discussionQuestions;

    /** Refuses out-of-bounds values with BAD_USER_INPUT naming the field, before anything is looked up. */
    void check() {
        Limits.range("input.start", start, Limits.OFFSET);
        Limits.range("input.end", end, Limits.OFFSET);
        Limits.text("input.note", note, Limits.NOTE);
        Limits.texts("input.discussionQuestions", discussionQuestions, Limits.QUESTIONS, Limits.QUESTION);
    }
}
