package dev.colloquy.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.source.Origin;
import dev.colloquy.importer.Importer;
import dev.colloquy.importer.TestDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Real interviews of the development corpus (godot-showcase, issue 10) whose questions are Markdown headings: some
 * answered under inline HTML speaker labels, some with requests for questions, all with a title that names a game or a
 * series rather than the person interviewed.
 */
class ShowcaseInterviewsTest {

    private static final Path SOURCE = Path.of("..", "evaluation", "corpus", "godot-showcase");

    private static ParsedArticle parse(String file) throws Exception {
        return Importer.standard()
                .parse(Files.readAllBytes(SOURCE.resolve(file)), new Origin(file, null, "text/markdown"));
    }

    @Test
    void labelsOnlyOnTheAnswersUnderHeadingQuestionsNameWhoAnswersAndTheHeadingsAreTheQuestions() throws Exception {
        // Before: "no recognisable interview": Jay and Tom were read as a labelled transcript with no asking side.
        ParsedArticle article = parse("godot-showcase-cassette-beasts.md");
        assertThat(article.interview().exchanges()).hasSize(10);
        Exchange first = article.interview().exchange(1);
        assertThat(first.question().text()).startsWith("Could you tell us a bit about yourselves");
        assertThat(first.answer().text()).startsWith("My name is Jay Baylis").doesNotContain("Jay:");
        assertThat(first.answer().text()).contains("I’m Tom Coxon");
        assertThat(article.interview().exchange(3).answer().text())
                .as("both answerers stay in the one exchange")
                .contains("On the art and creative side")
                .contains("The biggest and most consistent technical challenge");
        assertThat(article.interview().interviewee().name())
                .as("the label that answers most, completed from 'I’m Tom Coxon', not 'I’m Tom'")
                .isEqualTo("Tom Coxon");
    }

    @Test
    void aLabelOnALineOfItsOwnAboveTheAnswerNamesTheAnswerer() throws Exception {
        ParsedArticle article = parse("godot-showcase-dogwalk.md");
        assertThat(TestDocuments.questions(article))
                .hasSize(7)
                .first()
                .isEqualTo("Can you tell us a little bit about your project?");
        assertThat(article.interview().exchange(4).answer().text()).startsWith("We were quite impressed immediately");
        assertThat(article.interview().exchange(7).answer().text())
                .as("the closing thanks after the rule is no exchange of its own")
                .startsWith("Nothing that couldn’t be added manually");
    }

    @Test
    void headingsThatBidTheIntervieweeAreQuestionsAndASectionHeadingIsNot() throws Exception {
        // Before: the two first prompts ("Introduce yourself in a few sentences.") were read as lead, silently.
        ParsedArticle article = parse("godot-showcase-garden-path-developer-talks-about-his-experience.md");
        assertThat(TestDocuments.questions(article))
                .hasSize(10)
                .startsWith(
                        "Introduce yourself in a few sentences.",
                        "Introduce your project in a few sentences: description, supported platforms, release date, etc.");
        assertThat(article.interview().exchange(1).answer().text()).startsWith("Hi, I'm Louis Durrant");
        assertThat(article.warnings())
                .as("a request is less sure a question than a heading that asks: said, and said as a heading")
                .anyMatch(warning -> warning.code().equals("QUESTION_WITHOUT_QUESTION_MARK")
                        && warning.message().startsWith("set as a question heading")
                        && warning.message().contains("Introduce yourself"));
        assertThat(article.interview().exchange(1).confidence()).isLessThan(0.9);
        ParsedArticle somar = parse("godot-showcase-somar.md");
        assertThat(TestDocuments.questions(somar))
                .hasSize(16)
                .doesNotContain("Some extra information about the organisations involved");
    }

    @Test
    void theWriterSayingWhomTheyInterviewedNamesTheIntervieweeAndMakesTheAuthorTheInterviewer() throws Exception {
        // Before: "Godot Showcase", the series in the title, was read as the interviewee and nobody as the interviewer.
        ParsedArticle article = parse("godot-showcase-garden-path-developer-talks-about-his-experience.md");
        assertThat(article.interview().interviewee().name()).isEqualTo("Louis Durrant");
        assertThat(article.interview().interviewer().name()).isEqualTo("Hugo Locurcio");
        assertThat(parse("godot-showcase-cheeseness-hive-time.md")
                        .interview()
                        .interviewee()
                        .name())
                .as("a handle the headline and the lead both give")
                .isEqualTo("Cheeseness");
    }

    @Test
    void aGameOrASeriesIsNeverTheIntervieweeWhoIntroducesThemselfInTheFirstAnswer() throws Exception {
        // Before: "Primal Light" and "Usagi Shima", the games in the titles.
        assertThat(parse("godot-showcase-fat-gem-primal-light.md")
                        .interview()
                        .interviewee()
                        .name())
                .isEqualTo("Shane Sicienski");
        assertThat(parse("godot-showcase-usagi-shima.md")
                        .interview()
                        .interviewee()
                        .name())
                .isEqualTo("Jess");
    }

    @Test
    void aShortLabelWithoutTheAccentsIsThePersonTheLeadNamesInFull() throws Exception {
        ParsedArticle article = parse("godot-showcase-somar.md");
        assertThat(article.interview().interviewee().name()).isEqualTo("Frédéric Plourde");
        assertThat(article.interview().exchange(16).answer().text())
                .contains("Absolutely!")
                .contains("Just try it.");
    }
}
