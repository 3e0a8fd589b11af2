package dev.colloquy.api.search;

import dev.colloquy.api.graphql.Limits;
import dev.colloquy.api.validation.Messages;
import dev.colloquy.api.validation.OneLine;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Narrows a search; every field left out matches everything. */
@Input("SearchFilter")
@Description("Narrows a search; fields left out match every text.")
public class SearchFilter {

    @Description("Only texts of the article with this slug.")
    @OneLine
    @Size(max = Limits.FILTER_TEXT, message = Messages.TOO_LONG)
    public String articleSlug;

    @Id
    @Description("Only texts of the article with this global ID.")
    public String articleId;

    @Description(
            "Only texts spoken by this person (case does not matter): exchanges of interviews they take part in, quotes attributed to them.")
    @Size(max = Limits.FILTER_TEXT, message = Messages.TOO_LONG)
    public String speaker;

    @Id
    @Description("Only texts that mention the entity with this global ID.")
    public String entityId;

    @Description("Only these kinds of text; all kinds when left out.")
    public List<SearchHitKind> kinds;
}
