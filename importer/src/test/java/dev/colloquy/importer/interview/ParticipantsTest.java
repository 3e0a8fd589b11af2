package dev.colloquy.importer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.source.Origin;
import dev.colloquy.importer.Importer;
import dev.colloquy.importer.TestDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Who was interviewed, by whom, for whom: from the evidence articles give, never a topic or a place. */
class ParticipantsTest {

    @Test
    void anOutletThatInterviewsIsThePublicationAndTheAskingSide() throws Exception {
        ParsedArticle article = TestDocuments.parse("t.txt", """
                A conversation with the city's librarian

                Coast Courier spoke to Hannah Ford, who took over the central library in March.

                Coast Courier: You arrived in a hurry. What did you find?

                Hannah Ford: A building that works very hard. Nine hundred people a day.

                Coast Courier: Will you keep the late fines?

                Ms Ford: No. Fines keep away the people who need the library most.
                """);
        assertThat(article.article().publication()).isEqualTo("Coast Courier");
        assertThat(article.interview().interviewer().name()).isEqualTo("Coast Courier");
        assertThat(article.interview().interviewee().name()).isEqualTo("Hannah Ford");
        assertThat(article.interview().exchanges()).hasSize(2);
    }

    @Test
    void aPressConferenceTakesNoPublicationFromWhomItsProseSaysSomeoneTold() throws Exception {
        // A development briefing: "Biden told Bolsonaro that …", Bolsonaro named three times, never in full.
        String name = "2022-06-15-press-briefing-by-press-secretary-karine-jean-pierre-and-nsc-coordinator-for-"
                + "strategic-communications-john-kirby.md";
        byte[] briefing = Files.readAllBytes(Path.of("..", "evaluation", "corpus", "wh-briefings-2022", name));
        ParsedArticle article = Importer.standard().parse(briefing, new Origin(name, null, "text/markdown"));
        assertThat(article.article().publication()).isNull();
        assertThat(article.interview().exchanges()).hasSize(55);
    }

    @Test
    void aQuestionAndAnswerInterviewStillTakesItsPublicationFromTheProse() throws Exception {
        ParsedArticle article = TestDocuments.parse("t.txt", """
                Mayor on the flood defences

                Mayor Ana Ruiz told the Harbour Gazette this week that the sea wall will be raised.

                Q: Why now?

                A: Because the last storm came within a metre of the top.

                Q: Who pays?

                A: The region and the port, half each.

                Q: When will it be done?

                A: Before next winter.
                """);
        assertThat(article.article().publication()).isEqualTo("Harbour Gazette");
    }

    @Test
    void aBylineIsTheInterviewerAndNeverTheInterviewee() throws Exception {
        ParsedArticle article = TestDocuments.parse("t.txt", """
                The gardener who talks to bees

                Interview by Tom Reyes

                Q: How many hives do you keep?

                A: Forty, spread over six orchards.

                Do the bees know you?

                They know my smoke. I use the same wood every time, and they calm down.
                """);
        assertThat(article.interview().interviewer().name()).isEqualTo("Tom Reyes");
        assertThat(article.interview().interviewee().name()).isNotEqualTo("Tom Reyes");
        assertThat(article.interview().exchange(1).question().text()).isEqualTo("How many hives do you keep?");
        assertThat(article.interview().exchanges()).hasSize(2);
    }

    @Test
    void peoplePlacesAndAdjectivesAreNeverThePublication() throws Exception {
        ParsedArticle article = TestDocuments.parse("t.txt", """
                Senator Jo Hale on the farm bill

                Hale told Republican senators in March that the bill would pass. She told Iran nothing, she joked.

                What will pass?

                The bill, in May. I have the votes and I have the patience.

                And then?

                Then I go home to Ohio and sleep for a week.
                """);
        assertThat(article.article().publication()).isNull();
        assertThat(article.interview().interviewee().name()).isEqualTo("Jo Hale");
    }

    @Test
    void aGroupOrTopicIsNeverTheInterviewee() throws Exception {
        ParsedArticle article = TestDocuments.parse("t.txt", """
                Inside the Policy Working Group

                The Policy Working Group met for five years. Its chair, Jim Bugwadia, said it had done its job.

                Why did the group close?

                Because we finished. Bugwadia is my name and closing things is my habit.

                What comes next?

                Other groups. The Policy Working Group leaves its documents behind.
                """);
        assertThat(article.interview().interviewee().name()).isEqualTo("Jim Bugwadia");
    }

    @Test
    void aWikiSitesTaglineNamesThePublication() throws Exception {
        ParsedArticle article = TestDocuments.parse("t.txt", """
                Interview with the keeper of the town clock

                From Townwiki, the free local encyclopedia you can edit

                Ada Moss has wound the town clock every Sunday since 1990.

                Does it ever stop?

                Twice. Once for a storm and once for a pigeon.
                """);
        assertThat(article.article().publication()).isEqualTo("Townwiki");
    }

    private static ParsedArticle markdown(String text) throws Exception {
        return dev.colloquy.importer.Importer.standard()
                .parse(
                        text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        new dev.colloquy.core.source.Origin("t.md", null, "text/markdown"));
    }

    @Test
    void theAuthorIsTheInterviewerOnlyWhereTheArticleSaysTheyAsked() throws Exception {
        String interview = "## Why ferries?\n\nBecause the island has no bridge.\n\n## And tomorrow?\n\nMore boats.\n";
        ParsedArticle signed =
                markdown("---\ntitle: Ferries\nauthor: Sam Poe\n---\n\nTara Quill runs the ferries.\n\n" + interview);
        assertThat(signed.interview().interviewer()).as("a signature alone").isNull();
        ParsedArticle asked = markdown(
                "---\ntitle: Ferries\nauthor: Sam Poe\n---\n\nThis week we talk with Tara Quill.\n\n" + interview);
        assertThat(asked.interview().interviewer().name()).isEqualTo("Sam Poe");
    }
}
