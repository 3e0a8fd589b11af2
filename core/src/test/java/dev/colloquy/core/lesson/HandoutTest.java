package dev.colloquy.core.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.excerpt.Citation;
import dev.colloquy.core.lesson.Handout.Citations;
import dev.colloquy.core.lesson.Handout.Item;
import dev.colloquy.core.lesson.Handout.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoutTest {

    private final Citation citation = new Citation("Mark Rutte", "Jane Doe", null, "Title", "Paper", null, null);
    private final Citations citations = new Citations(citation.apa(), citation.mla(), citation.chicago());
    private final Handout handout = new Handout(
            "Talking about <defence>",
            "Alice Martin",
            "Read both excerpts.",
            List.of(
                    new Item(
                            "Mark Rutte on sabre-rattling",
                            "Paper · Mark Rutte interviewed by Jane Doe",
                            "Jane Doe",
                            "Does this concern you?",
                            "NATO takes it seriously.\n\nBut it is *all* talk.",
                            "Mark Rutte",
                            "Compare the tone.",
                            List.of("What is sabre-rattling?", "Why say it?"),
                            citations,
                            "Russia's threats are largely performative.",
                            "B2, Year 9"),
                    new Item("Mark Rutte again", null, null, null, "Second.", null, null, null, citations, null, null)),
            List.of(new Term("sabre-rattling", "threats meant to intimidate")));

    @Test
    void markdownKeepsTheExcerptVerbatimAndEscapesMarkup() {
        String markdown = HandoutMarkdown.render(handout);
        assertThat(markdown)
                .startsWith("# Talking about \\<defence\\>\n\nName: \\_\\_")
                .contains("*Prepared by Alice Martin*")
                .contains("## 1. Mark Rutte on sabre-rattling\n\n*Paper · Mark Rutte interviewed by Jane Doe*")
                .contains("**Jane Doe asked:** Does this concern you?")
                .contains("> NATO takes it seriously.\n>\n> But it is \\*all\\* talk.\n")
                .contains("**As the article put it:**")
                .contains("1. What is sabre-rattling?\n2. Why say it?")
                .contains("- **sabre-rattling**: threats meant to intimidate")
                .contains("## Sources")
                .contains("- APA: Rutte, M. (n.d.). Interview by J. Doe. Title. *Paper*.");
    }

    @Test
    void listsEachSourceOnce() {
        assertThat(handout.sources()).hasSize(1);
        assertThat(HandoutMarkdown.render(handout).split("- APA: ", -1)).hasSize(2);
    }
}
