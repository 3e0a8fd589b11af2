package dev.colloquy.api.quote;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Narrows a list of quotes; every field left out matches everything. */
@Input("QuoteFilter")
@Description("Narrows a list of quotes; fields left out match every quote.")
public class QuoteFilter {

    @Description("Only quotes attributed to this speaker (exact name, e.g. \"Mark Rutte\").")
    public String speaker;

    @Description("Only quotes of this kind.")
    public QuoteKind kind;

    @Description("Only quotes of the article with this slug.")
    public String articleSlug;
}
