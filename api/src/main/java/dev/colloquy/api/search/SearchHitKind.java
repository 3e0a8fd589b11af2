package dev.colloquy.api.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** What a search hit is. */
@Enum("SearchHitKind")
@Description("What kind of text a search hit is.")
public enum SearchHitKind {
    @Description("A question and its answer; the hit's text is the question, a blank line, then the answer.")
    EXCHANGE,
    @Description("A pull quote or a quotation in the article's prose.")
    QUOTE,
    @Description("A paragraph of the article's own prose before the transcript.")
    LEAD_PARAGRAPH
}
