package dev.colloquy.importer.cli;

import dev.colloquy.core.article.Article;
import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.entity.Entity;
import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.interview.Speaker;
import dev.colloquy.core.quote.Quote;
import dev.colloquy.core.text.SpannedText;
import java.util.List;

/** The importer's JSON shape (see the design notes), as records that Jackson writes field by field. */
public record ImporterJson(
        Source source,
        ArticleJson article,
        InterviewJson interview,
        List<QuoteJson> quotes,
        List<EntityJson> entities,
        List<WarningJson> warnings) {

    /** {@code mediaType} is the format the importer read the file as; {@code sourceUrl} from metadata, if any. */
    public record Source(String name, String contentHash, int length, String mediaType, String sourceUrl) {}

    public record ArticleJson(
            String slug,
            String headline,
            String standfirst,
            String publication,
            String dateline,
            String publishedOn,
            List<String> leadParagraphs,
            String transcriptIntro,
            List<ImageJson> images) {}

    public record ImageJson(String caption, String credit, int placedAfterExchange) {}

    public record SpeakerJson(String name, String role) {
        static SpeakerJson of(Speaker speaker) {
            return speaker == null ? null : new SpeakerJson(speaker.name(), speaker.role());
        }
    }

    public record InterviewJson(SpeakerJson interviewer, SpeakerJson interviewee, List<ExchangeJson> exchanges) {}

    public record ExchangeJson(int ordinal, QuestionJson question, AnswerJson answer, double confidence, int line) {}

    public record QuestionJson(SpeakerJson speaker, String text, int start, int end) {}

    public record AnswerJson(SpeakerJson speaker, List<String> paragraphs, int start, int end) {}

    public record QuoteJson(String kind, String text, String speaker, Integer sourceExchange, int start, int end) {}

    public record EntityJson(String name, String type, List<String> aliases, int mentions) {}

    public record WarningJson(String code, String message, int line) {}

    public static ImporterJson of(ParsedArticle parsed) {
        Article article = parsed.article();
        String text = parsed.source().text();
        dev.colloquy.core.text.LineIndex lines = new dev.colloquy.core.text.LineIndex(text);
        return new ImporterJson(
                new Source(
                        parsed.source().origin().name(),
                        parsed.source().contentHash(),
                        text.length(),
                        parsed.source().origin().mediaType(),
                        parsed.source().origin().sourceUrl()),
                new ArticleJson(
                        article.slug(),
                        article.headline().text(),
                        textOf(article.standfirst()),
                        article.publication(),
                        textOf(article.dateline()),
                        article.publishedOn() == null
                                ? null
                                : article.publishedOn().toString(),
                        article.leadParagraphs().stream().map(SpannedText::text).toList(),
                        textOf(article.transcriptIntro()),
                        article.images().stream()
                                .map(image -> new ImageJson(
                                        textOf(image.caption()), textOf(image.credit()), image.placedAfterExchange()))
                                .toList()),
                new InterviewJson(
                        SpeakerJson.of(parsed.interview().interviewer()),
                        SpeakerJson.of(parsed.interview().interviewee()),
                        parsed.interview().exchanges().stream()
                                .map(exchange -> exchange(exchange, lines))
                                .toList()),
                parsed.quotes().stream().map(ImporterJson::quote).toList(),
                parsed.entities().stream().map(ImporterJson::entity).toList(),
                parsed.warnings().stream()
                        .map(w -> new WarningJson(w.code(), w.message(), w.line()))
                        .toList());
    }

    private static ExchangeJson exchange(Exchange exchange, dev.colloquy.core.text.LineIndex lines) {
        return new ExchangeJson(
                exchange.ordinal(),
                new QuestionJson(
                        SpeakerJson.of(exchange.question().speaker()),
                        exchange.question().text(),
                        exchange.question().span().start(),
                        exchange.question().span().end()),
                new AnswerJson(
                        SpeakerJson.of(exchange.answer().speaker()),
                        exchange.answer().paragraphs().stream()
                                .map(SpannedText::text)
                                .toList(),
                        exchange.answer().span().start(),
                        exchange.answer().span().end()),
                exchange.confidence(),
                lines.lineOf(exchange.span().start()));
    }

    private static QuoteJson quote(Quote quote) {
        Integer source = quote.source() != null ? Integer.valueOf(quote.source().exchange()) : quote.exchange();
        return new QuoteJson(
                quote.kind().name(),
                quote.text().text(),
                quote.speaker(),
                source,
                quote.text().start(),
                quote.text().end());
    }

    private static EntityJson entity(Entity entity) {
        return new EntityJson(
                entity.name(),
                entity.type().name(),
                entity.aliases(),
                entity.mentions().size());
    }

    private static String textOf(SpannedText piece) {
        return piece == null ? null : piece.text();
    }
}
