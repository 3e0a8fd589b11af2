package dev.colloquy.api.exchange;

import dev.colloquy.api.graphql.Limits;
import dev.colloquy.api.validation.Messages;
import dev.colloquy.api.validation.OneLine;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Narrows a list of exchanges; every field left out matches everything. */
@Input("ExchangeFilter")
@Description("Narrows a list of exchanges; fields left out match every exchange.")
public class ExchangeFilter {

    @Description("Only exchanges of the article with this slug.")
    @OneLine
    @Size(max = Limits.FILTER_TEXT, message = Messages.TOO_LONG)
    public String articleSlug;

    @Id
    @Description("Only exchanges of the article with this global ID.")
    public String articleId;

    @Id
    @Description("Only exchanges that mention the entity with this global ID.")
    public String entityId;
}
