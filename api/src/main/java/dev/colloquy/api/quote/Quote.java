package dev.colloquy.api.quote;

import dev.colloquy.api.article.Paragraph;
import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.Node;
import dev.colloquy.api.interview.Speaker;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Words attributed to a speaker; article and sourceExchange are resolved by {@link QuoteGraph}. */
@Type("Quote")
@Description(
        "Words attributed to a speaker: a pull quote, a quotation in the article's prose, or one speaker quoting another.")
public record Quote(
        @Ignore long key,
        @Ignore long articleKey,
        @Ignore Long sourceExchangeKey,
        @Ignore Long inExchangeKey,

        @NonNull @Description("How the quote appears on the page.")
        QuoteKind kind,

        @NonNull @Description("The quoted words.") String text,

        @Description("Offset of the quote's first character in the source text.")
        int start,

        @Description("Offset just past the quote's last character in the source text.")
        int end,

        @Description("The person the words are attributed to, when the importer could tell.")
        Speaker speaker,

        @Description("The line or cue that names the speaker, e.g. \"Rutte said\".")
        String attribution,

        @Description(
                "How closely the quote matches the answer passage it renders, from 0 to 1; null when no passage was found.")
        Double similarity,

        @Description(
                "The sentences of the source exchange's answer that this quote renders, with their position in the source text; null when no passage was found.")
        Paragraph sourcePassage)
        implements Node {

    public static final String TYPE = "Quote";

    public static Quote of(QuoteRow row) {
        long article = row.article.id;
        Long source = row.sourceExchange == null ? null : row.sourceExchange.id;
        Long inExchange = row.inExchange == null ? null : row.inExchange.id;
        Paragraph passage = row.passage == null ? null : new Paragraph(row.passage, row.passageStart, row.passageEnd);
        return new Quote(
                row.id,
                article,
                source,
                inExchange,
                row.kind,
                row.text,
                row.spanStart,
                row.spanEnd,
                Speaker.of(row.speaker, null, article),
                row.attribution,
                row.similarity,
                passage);
    }

    @Override
    @Id
    @NonNull
    @Description("The global ID: opaque, stable, and resolvable by node(id:).")
    public String getId() {
        return GlobalId.of(TYPE, key);
    }
}
