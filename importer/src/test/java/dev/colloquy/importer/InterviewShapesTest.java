package dev.colloquy.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.quote.QuoteKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interviews written for these tests in shapes other than the sample's: another outlet's layout, a byline,
 * a credit before its caption, a dash-attributed pull quote, no transcript introduction, hard-wrapped
 * lines, questions without a question mark, a question over two paragraphs, answers that ask questions.
 * Each is checked against the exchanges its expectation file lists.
 */
class InterviewShapesTest {

    @ParameterizedTest
    @ValueSource(strings = {"harbour-gazette-chef", "science-weekly-astronomer", "touchline-sport-coach"})
    void readsTheInterviewAsAPersonWould(String name) throws Exception {
        String text = TestDocuments.resource("interviews/" + name + ".txt");
        JsonNode expected = new ObjectMapper().readTree(TestDocuments.resource("interviews/" + name + ".expected.json"));
        ParsedArticle parsed = TestDocuments.parse(name + ".txt", text);

        assertThat(parsed.article().headline().text()).isEqualTo(expected.get("headline").asText());
        assertThat(parsed.article().standfirst().text()).isEqualTo(expected.get("standfirst").asText());
        assertThat(parsed.article().publication()).isEqualTo(expected.get("publication").asText());
        assertThat(parsed.article().dateline() == null ? null : parsed.article().dateline().text())
                .isEqualTo(expected.get("dateline").isNull() ? null : expected.get("dateline").asText());
        assertThat(parsed.interview().interviewee().name()).isEqualTo(expected.at("/interviewee/name").asText());
        assertThat(parsed.article().leadParagraphs()).hasSize(expected.get("leadParagraphCount").asInt());
        assertExchanges(parsed.interview().exchanges(), expected.get("exchanges"));
        assertThat(parsed.quotes().stream().filter(quote -> quote.kind() == QuoteKind.PULL)
                .map(quote -> quote.text().text() + " / " + quote.speaker()).toList())
                .containsExactlyElementsOf(expected.findValues("pullQuotes").get(0).findValuesAsText("text").stream()
                        .map(quote -> quote + " / " + expected.at("/interviewee/name").asText()).toList());
        assertThat(parsed.article().images().stream().map(image -> image.caption().text()).toList())
                .containsExactlyElementsOf(expected.get("images").findValuesAsText("caption"));
        assertThat(parsed.article().images().stream().map(image -> image.credit().text()).toList())
                .containsExactlyElementsOf(expected.get("images").findValuesAsText("credit"));
        assertQuotes(parsed, expected.get("quotes"));
        assertThat(parsed.entities().stream().map(entity -> entity.name() + " (" + entity.type() + ")").toList())
                .as("entities").containsExactlyInAnyOrderElementsOf(expected.get("entities").findValuesAsText("name")
                        .stream().map(entity -> entity + " (" + typeOf(expected.get("entities"), entity) + ")").toList());
    }

    /** Every quote with its kind, speaker and source (or, for an embedded quote, the exchange it sits in). */
    private static void assertQuotes(ParsedArticle parsed, JsonNode expected) {
        List<String> ours = parsed.quotes().stream().map(quote -> quote.kind() + " | " + quote.text().text() + " | "
                + quote.speaker() + " | " + (quote.kind() == QuoteKind.EMBEDDED ? quote.exchange()
                        : quote.source() == null ? null : quote.source().exchange())).toList();
        List<String> wanted = new java.util.ArrayList<>();
        expected.forEach(quote -> wanted.add(quote.get("kind").asText() + " | " + quote.get("text").asText() + " | "
                + (quote.get("speaker").isNull() ? null : quote.get("speaker").asText()) + " | "
                + (quote.has("exchange") ? quote.get("exchange").asText()
                        : quote.get("sourceExchange").isNull() ? null : quote.get("sourceExchange").asText())));
        assertThat(ours).as("quotes").containsExactlyInAnyOrderElementsOf(wanted);
    }

    private static String typeOf(JsonNode entities, String name) {
        for (JsonNode entity : entities) {
            if (entity.get("name").asText().equals(name)) {
                return entity.get("type").asText();
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static void assertExchanges(List<Exchange> exchanges, JsonNode expected) {
        assertThat(exchanges).as("exchange count").hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(exchanges.get(i).question().text()).as("question %d", i + 1)
                    .isEqualTo(expected.get(i).get("question").asText());
            assertThat(SampleArticleGoldTest.texts(exchanges.get(i).answer().paragraphs())).as("answer %d", i + 1)
                    .containsExactlyElementsOf(SampleArticleGoldTest.strings(expected.get(i).get("answerParagraphs")));
        }
    }
}
