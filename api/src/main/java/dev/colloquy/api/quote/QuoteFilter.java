package dev.colloquy.api.quote;

import dev.colloquy.api.graphql.Limits;
import dev.colloquy.api.validation.Messages;
import dev.colloquy.api.validation.OneLine;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Narrows a list of quotes; every field left out matches everything. */
@Input("QuoteFilter")
@Description("Narrows a list of quotes; fields left out match every quote.")
public class QuoteFilter {

    @Description("Only quotes attributed to this speaker (exact name, e.g. \"Mark Rutte\").")
    @Size(max = Limits.FILTER_TEXT, message = Messages.TOO_LONG)
    public String speaker;

    @Description("Only quotes of this kind.")
    public QuoteKind kind;

    @Description("Only quotes of the article with this slug.")
    @OneLine
    @Size(max = Limits.FILTER_TEXT, message = Messages.TOO_LONG)
    public String articleSlug;
}
