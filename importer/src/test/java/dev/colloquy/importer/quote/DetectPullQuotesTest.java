package dev.colloquy.importer.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.interview.Speaker;
import dev.colloquy.importer.TestDocuments;
import dev.colloquy.importer.block.SplitBlocks;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.WorkingDocument;
import org.junit.jupiter.api.Test;

class DetectPullQuotesTest {

    @Test
    void anAttributionLineClaimsThePassageBeforeIt() {
        WorkingDocument document = new WorkingDocument(TestDocuments.document(
                "t.txt",
                "We will not give up the league without a fight.\n\nHead coach, Sara Lind\n\n"
                        + "What about the fans?\n\nThey have been wonderful all season.\n\n— Tomas Berg"));
        new SplitBlocks().apply(document);
        document.interviewee(new Speaker("Sara Lind", "Head coach"));
        new DetectPullQuotes().apply(document);

        assertThat(document.pullQuotes()).hasSize(2);
        assertThat(document.pullQuotes().get(0).speaker()).isEqualTo("Sara Lind");
        assertThat(document.pullQuotes().get(1).speaker()).isEqualTo("Tomas Berg");
        assertThat(document.blocks().get(0).kind()).isEqualTo(BlockKind.PULL_QUOTE);
        assertThat(document.blocks().get(1).kind()).isEqualTo(BlockKind.ATTRIBUTION);
        assertThat(document.blocks().get(2).kind()).isEqualTo(BlockKind.UNCLASSIFIED);
    }

    @Test
    void aSectionHeadingNamingTheIntervieweeAttributesNothingAboveIt() throws Exception {
        // The last answer ends "… help schools broadcast various activities live." and the heading
        // "## Knowing More About Zhiyuan" follows: a section title, not the answer's attribution line.
        var article = TestDocuments.parseCorpusFile("apisix-blog/2022-04-29-interview-juzhiyuan-apache-member.md");
        assertThat(article.quotes()).noneMatch(quote -> quote.kind() == dev.colloquy.core.quote.QuoteKind.PULL);
        assertThat(article.interview().exchange(11).answer().text()).contains("When I was in college");
    }
}
