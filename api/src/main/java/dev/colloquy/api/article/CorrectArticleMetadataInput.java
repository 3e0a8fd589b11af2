package dev.colloquy.api.article;

import dev.colloquy.api.graphql.BadUserInputException;
import dev.colloquy.api.graphql.Limits;
import dev.colloquy.api.validation.HttpUrl;
import dev.colloquy.api.validation.Messages;
import dev.colloquy.api.validation.OneLine;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An editor's corrections of an article's metadata; a field left out (null) is not changed. Its bounds are
 * Bean Validation constraints, checked by {@link ArticleCorrections} before anything is looked up.
 */
@Input("CorrectArticleMetadataInput")
@Description("Corrections of an article's metadata. A field left out keeps its value; an empty string removes"
        + " the correction, so the imported value shows again.")
public class CorrectArticleMetadataInput {

    private static final String DATE = "must be a date written yyyy-mm-dd, e.g. 2024-12-09";

    @NonNull
    @Id
    @Description("The article's global ID.")
    public String articleId;

    @Description("The publication date, ISO-8601 yyyy-mm-dd, e.g. 2024-12-09.")
    @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}", message = DATE)
    public String publishedOn;

    @Description("The public address of the original article: an absolute http or https URL, at most 2000 characters.")
    @HttpUrl(emptyAllowed = true)
    public String sourceUrl;

    @Description("Who wrote the article (the byline), as \"Given Family\", at most 200 characters.")
    @OneLine
    @Size(max = Limits.NAME, message = Messages.TOO_LONG)
    public String author;

    @Description("The outlet that published the article, at most 200 characters.")
    @OneLine
    @Size(max = Limits.NAME, message = Messages.TOO_LONG)
    public String publication;

    @Description("The headline, at most 500 characters; leave it out unless the import got it wrong.")
    @OneLine
    @Size(max = Limits.HEADLINE, message = Messages.TOO_LONG)
    public String headline;

    /** The date, or null when left out or emptied. */
    LocalDate date() {
        if (publishedOn == null || publishedOn.isEmpty()) {
            return null;
        }
        try {
            if (publishedOn.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(publishedOn);
            }
        } catch (DateTimeParseException e) {
            // Falls through to the one message below: 2024-02-30 is as wrong as "yesterday".
        }
        throw new BadUserInputException("input.publishedOn " + DATE);
    }
}
