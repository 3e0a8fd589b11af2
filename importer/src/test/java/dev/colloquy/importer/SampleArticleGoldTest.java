package dev.colloquy.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colloquy.core.article.Article;
import dev.colloquy.core.article.Image;
import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.quote.Quote;
import dev.colloquy.core.quote.QuoteKind;
import dev.colloquy.core.text.SpannedText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample article against its hand-made ground truth: every field the gold file states. */
class SampleArticleGoldTest {

    private static JsonNode gold;
    private static ParsedArticle parsed;
    private static String source;

    @BeforeAll
    static void parseSample() throws Exception {
        gold = new ObjectMapper().readTree(TestDocuments.resource("gold/al-majalla-rutte-interview.gold.json"));
        source = TestDocuments.sampleText();
        parsed = TestDocuments.parse("al-majalla-rutte-interview.txt", source);
    }

    @Test
    void readsTheArticleMetadata() {
        Article article = parsed.article();
        assertThat(article.headline().text()).isEqualTo(gold.get("headline").asText());
        assertThat(article.standfirst().text()).isEqualTo(gold.get("standfirst").asText());
        assertThat(article.publication()).isEqualTo(gold.get("publication").asText());
        assertThat(article.dateline().text()).isEqualTo(gold.get("dateline").asText());
        assertThat(article.transcriptIntro().text())
                .isEqualTo(gold.get("transcriptIntro").asText());
    }

    @Test
    void readsTheLeadParagraphs() {
        assertThat(texts(parsed.article().leadParagraphs()))
                .containsExactlyElementsOf(strings(gold.get("leadParagraphs")));
    }

    @Test
    void findsTheParticipants() {
        assertThat(parsed.interview().interviewee().name())
                .isEqualTo(gold.at("/interviewee/name").asText());
        assertThat(parsed.interview().interviewee().role())
                .isEqualTo(gold.at("/interviewee/role").asText());
        assertThat(parsed.interview().interviewer().name())
                .isEqualTo(gold.at("/interviewer/name").asText());
    }

    @Test
    void segmentsEveryExchangeExactlyAsTheGold() {
        JsonNode expected = gold.get("exchanges");
        List<Exchange> exchanges = parsed.interview().exchanges();
        assertThat(exchanges).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Exchange exchange = exchanges.get(i);
            assertThat(exchange.ordinal())
                    .isEqualTo(expected.get(i).get("ordinal").asInt());
            assertThat(exchange.question().text())
                    .as("question %d", i + 1)
                    .isEqualTo(expected.get(i).get("question").asText());
            assertThat(texts(exchange.answer().paragraphs()))
                    .as("answer %d", i + 1)
                    .containsExactlyElementsOf(strings(expected.get(i).get("answerParagraphs")));
        }
    }

    @Test
    void resolvesPullQuotesToTheirSpeakerAndKeepsThemOutOfAnswers() {
        List<Quote> pulls = parsed.quotes().stream()
                .filter(quote -> quote.kind() == QuoteKind.PULL)
                .toList();
        JsonNode expected = gold.get("pullQuotes");
        assertThat(pulls).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(pulls.get(i).text().text())
                    .isEqualTo(expected.get(i).get("text").asText());
            assertThat(pulls.get(i).speaker())
                    .isEqualTo(expected.get(i).get("speaker").asText());
            assertThat(pulls.get(i).attribution().text())
                    .isEqualTo(expected.get(i).get("attribution").asText());
            assertThat(allAnswerText())
                    .doesNotContain(expected.get(i).get("text").asText());
        }
    }

    @Test
    void readsEveryImageWhicheverOrderItsLinesComeIn() {
        JsonNode expected = gold.get("images");
        List<Image> images = parsed.article().images();
        assertThat(images).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(images.get(i).caption().text())
                    .isEqualTo(expected.get(i).get("caption").asText());
            assertThat(images.get(i).credit().text())
                    .isEqualTo(expected.get(i).get("credit").asText());
            assertThat(images.get(i).placedAfterExchange())
                    .isEqualTo(expected.get(i).get("placedAfterExchange").asInt());
            assertThat(allAnswerText())
                    .doesNotContain(expected.get(i).get("caption").asText());
        }
    }

    @Test
    void keepsPageDebrisOutOfTheContent() {
        String content =
                allAnswerText() + String.join("\n", texts(parsed.article().leadParagraphs()));
        assertThat(content).doesNotContain("font change").doesNotContain("Related Articles");
        long headlineCopiesInContent = parsed.interview().exchanges().stream()
                .filter(exchange -> exchange.question()
                        .text()
                        .equals(parsed.article().headline().text()))
                .count();
        assertThat(headlineCopiesInContent).isZero();
    }

    @Test
    void everySpanCutsTheExactSourceCharacters() {
        List<SpannedText> pieces = new ArrayList<>(parsed.article().leadParagraphs());
        parsed.interview().exchanges().forEach(exchange -> {
            pieces.addAll(exchange.question().paragraphs());
            pieces.addAll(exchange.answer().paragraphs());
        });
        parsed.quotes().forEach(quote -> pieces.add(quote.text()));
        pieces.add(parsed.article().headline());
        pieces.add(parsed.article().dateline());
        assertThat(pieces)
                .allSatisfy(piece -> assertThat(piece.isVerbatimIn(source))
                        .as(piece.toString())
                        .isTrue());
    }

    @Test
    void readsTheSameInterviewWhenEachParagraphIsOneLineWithoutBlankLines() throws Exception {
        String packed = source.replace("\n\n", "\n");
        ParsedArticle compact = TestDocuments.parse("packed.txt", packed);
        JsonNode expected = gold.get("exchanges");
        assertThat(compact.interview().exchanges()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(compact.interview().exchanges().get(i).question().text())
                    .isEqualTo(expected.get(i).get("question").asText());
            assertThat(texts(compact.interview().exchanges().get(i).answer().paragraphs()))
                    .containsExactlyElementsOf(strings(expected.get(i).get("answerParagraphs")));
        }
        assertThat(texts(compact.article().leadParagraphs()))
                .containsExactlyElementsOf(strings(gold.get("leadParagraphs")));
        assertThat(compact.article().images()).hasSize(gold.get("images").size());
    }

    private static String allAnswerText() {
        StringBuilder all = new StringBuilder();
        parsed.interview()
                .exchanges()
                .forEach(exchange -> all.append(exchange.answer().text()).append('\n'));
        return all.toString();
    }

    static List<String> texts(List<SpannedText> pieces) {
        return pieces.stream().map(SpannedText::text).toList();
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
