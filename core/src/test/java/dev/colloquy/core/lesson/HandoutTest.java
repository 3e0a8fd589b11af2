package dev.colloquy.core.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.lesson.Handout.Citations;
import dev.colloquy.core.lesson.Handout.Item;
import dev.colloquy.core.lesson.Handout.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoutTest {

    private final Citations citations = new Citations("Doe, J. (n.d.). Title. Paper.", "Doe, Jane. \"Title.\" Paper, n.d.",
            "Doe, Jane. \"Title.\" Paper, n.d.");
    private final Handout handout = new Handout("Talking about <defence>", "Ms Jones", "Read both excerpts.",
            List.of(new Item("Paper — exchange 7", "Does this concern you?", "NATO takes it seriously.\n\nBut it is *all* talk.",
                    "Mark Rutte", "Compare the tone.", List.of("What is sabre-rattling?", "Why say it?"), citations,
                    "Russia's threats are largely performative.", "grade 7.1, ease 62.0")),
            List.of(new Term("sabre-rattling", "threats meant to intimidate")));

    @Test
    void markdownKeepsTheExcerptVerbatimAndEscapesMarkup() {
        String markdown = HandoutMarkdown.render(handout);
        assertThat(markdown).startsWith("# Talking about \\<defence\\>\n")
                .contains("> NATO takes it seriously.\n>\n> But it is \\*all\\* talk.\n")
                .contains("**As the article put it:**")
                .contains("1. What is sabre-rattling?\n2. Why say it?")
                .contains("- **sabre-rattling**: threats meant to intimidate")
                .contains("## Sources").contains("- APA: Doe, J. (n.d.). Title. Paper.");
    }

    @Test
    void htmlIsOneEscapedPrintablePage() {
        String html = HandoutHtml.render(handout);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Talking about &lt;defence&gt;</title>")
                .contains("@media print")
                .contains("<blockquote><p>NATO takes it seriously.</p><p>But it is *all* talk.</p></blockquote>")
                .contains("<li>MLA: Doe, Jane. &quot;Title.&quot; Paper, n.d.</li>")
                .doesNotContain("<script");
    }
}
