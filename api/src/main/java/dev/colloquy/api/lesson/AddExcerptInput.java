package dev.colloquy.api.lesson;

import dev.colloquy.api.graphql.Limits;
import dev.colloquy.api.validation.Messages;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.validator.constraints.Range;

/**
 * What to add to a lesson: an exchange, a passage inside one, or a quote with its source passage. Its bounds
 * are Bean Validation constraints, which {@link ExcerptService} checks before anything is looked up.
 */
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
    @Range(max = Limits.OFFSET, message = Messages.OUT_OF_RANGE)
    public Integer start;

    @Description("With exchangeId: offset just past the passage's last character in the source text.")
    @Range(max = Limits.OFFSET, message = Messages.OUT_OF_RANGE)
    public Integer end;

    @Id
    @Description("A quote: the excerpt is the transcript passage it came from, shown beside the quote (compare view).")
    public String quoteId;

    @Description("The teacher's note on the excerpt, at most 5000 characters.")
    @Size(max = Limits.NOTE, message = Messages.TOO_LONG)
    public String note;

    @Description("Discussion questions for the excerpt, in order: at most 20, each at most 1000 characters.")
    @Size(max = Limits.QUESTIONS, message = Messages.TOO_MANY)
    public List<@Size(max = Limits.QUESTION, message = Messages.TOO_LONG) String> discussionQuestions;
}
