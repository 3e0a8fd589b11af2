package dev.colloquy.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.source.Origin;
import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.Importer;
import dev.colloquy.importer.TestDocuments;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The Markdown shapes of published interviews: titles in front matter or Setext, questions as headings. */
class MarkdownLayoutsTest {

    private static ParsedArticle parse(String markdown) throws Exception {
        return Importer.standard()
                .parse(markdown.getBytes(StandardCharsets.UTF_8), new Origin("t.md", null, "text/markdown"));
    }

    @Test
    void aFoldedQuotedTitleInFrontMatterIsTheHeadlineWithItsEscapesReadAndItsSpanInTheHeader() throws Exception {
        String source =
                "---\ntitle: \"Press Briefing by Press\\_Secretary Jen Psaki and\\\n  Envoy John Kerry\"\n---\n\n"
                        + "Q  What is the plan?\n\nMS. PSAKI:  To talk.\n\nQ  When?\n\nMS. PSAKI:  Today.\n";
        ParsedArticle article = parse(source);
        SpannedText headline = article.article().headline();
        assertThat(headline.text()).isEqualTo("Press Briefing by Press\u00a0Secretary Jen Psaki andEnvoy John Kerry");
        assertThat(source.substring(headline.start(), headline.end()))
                .startsWith("Press Briefing")
                .endsWith("John Kerry");
        assertThat(article.interview().interviewee().name()).isEqualTo("Jen Psaki");
        assertThat(TestDocuments.questions(article)).containsExactly("What is the plan?", "When?");
    }

    @Test
    void aSetextTitleIsTheHeadline() throws Exception {
        ParsedArticle article =
                parse("Open source at sea\n==================\n\n**What do you build?**\n\nTide tables.\n\n"
                        + "**Who uses them?**\n\nHarbours.\n");
        assertThat(article.article().headline().text()).isEqualTo("Open source at sea");
        assertThat(TestDocuments.questions(article)).containsExactly("What do you build?", "Who uses them?");
    }

    @Test
    void questionsSetAsHeadingsAreTurnsAndOtherHeadingsAreNot() throws Exception {
        ParsedArticle article = parse("---\ntitle: Keeping a river\n---\n\n*Our third talk with a river keeper.*\n\n"
                + "## Can you tell us about yourself? {#intro}\n\nI'm Ada Moss. I keep eleven miles of the Wye.\n\n"
                + "## What was hardest?\n\nLearning the fish.\n\n## Monitoring\n\nWe measure oxygen weekly.\n\n"
                + "## Tell us what comes next\n\nA second boat.\n\n## About the series\n\n"
                + "Translated by Mia Lund. Published under CC BY 4.0.\n");
        assertThat(TestDocuments.questions(article))
                .containsExactly("Can you tell us about yourself?", "What was hardest?", "Tell us what comes next");
        Exchange second = article.interview().exchange(2);
        assertThat(second.answer().text()).contains("We measure oxygen weekly.");
        assertThat(article.interview().exchange(3).answer().text()).isEqualTo("A second boat.");
        assertThat(article.interview().interviewee().name()).isEqualTo("Ada Moss");
    }

    @Test
    void aBoldQuestionEndedByALineBreakIsATurnOfItsOwn() throws Exception {
        ParsedArticle article = parse("# Release lead\n\nWe sat down with release lead Priya Nair.\n\n"
                + "**What was the theme?**<br>\nStability. We fixed more than we added.\n\n"
                + "**How big was the team?**  \nAbout forty people.\n");
        assertThat(TestDocuments.questions(article)).containsExactly("What was the theme?", "How big was the team?");
        assertThat(article.interview().exchange(1).answer().text())
                .isEqualTo("Stability. We fixed more than we added.");
        assertThat(article.interview().interviewee().name()).isEqualTo("Priya Nair");
    }

    @Test
    void aBoldQuestionWithItsAnswerOnTheSameLineIsTwoTurnsInMarkdownAndHtml() throws Exception {
        String markdown = "# Three questions for a beekeeper\n\nWe talked with beekeeper Noor Aziz.\n\n"
                + "**Why do bees swarm?** Because the colony has grown too big.\n\n"
                + "**Can you stop it?** Sometimes. You give them more room.\n";
        ParsedArticle fromMarkdown = parse(markdown);
        assertThat(TestDocuments.questions(fromMarkdown)).containsExactly("Why do bees swarm?", "Can you stop it?");
        SpannedText answer =
                fromMarkdown.interview().exchange(1).answer().paragraphs().get(0);
        assertThat(markdown.substring(answer.start(), answer.end())).isEqualTo("Because the colony has grown too big.");
        String html = "<html><body><h1>Three questions for a beekeeper</h1><p>We talked with beekeeper Noor Aziz.</p>"
                + "<p><b>Why do bees swarm?</b> Because the colony has grown too big.</p>"
                + "<p><strong>Can you stop it?</strong> Sometimes. You give them more room.</p></body></html>";
        ParsedArticle fromHtml = Importer.standard()
                .parse(html.getBytes(StandardCharsets.UTF_8), new Origin("t.html", null, "text/html"));
        assertThat(TestDocuments.questions(fromHtml)).containsExactly("Why do bees swarm?", "Can you stop it?");
        assertThat(fromHtml.interview().exchange(2).answer().text()).isEqualTo("Sometimes. You give them more room.");
    }
}
