package dev.colloquy.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.source.Origin;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.importer.TestDocuments;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    private static WorkingDocument split(String markdown) throws Exception {
        return Pipeline.blocksOnly().annotate(SourceDocument.of(markdown, new Origin("t.md", null, "text/markdown")));
    }

    @Test
    void frontMatterReadsScalarsInlineListsAndDashLists() {
        FrontMatter front = FrontMatter.read("---\nsource_url: \"https://x.example/a\"\nquestions: [12, 40]\n"
                + "answers:\n  - 57\n  - oops\n# a comment\nlayout: qa\n---\n\nText");
        assertThat(front.value("sourceUrl")).isEqualTo("https://x.example/a");
        assertThat(front.lineNumbers("questions")).containsExactly(12, 40);
        assertThat(front.lineNumbers("answers")).containsExactly(57);
        assertThat(front.value("layout")).isEqualTo("qa");
        assertThat(FrontMatter.read("---\nno closing fence\n")).isNull();
        assertThat(FrontMatter.read("Text\n---\n")).isNull();
    }

    @Test
    void inlineMarkupLeavesTheTextButTheSpanCoversTheSource() throws Exception {
        String source =
                "Read **the _whole_ report** at [our site](https://x.example) or [here][1], not 2*3 or snake_case.";
        Block block = split(source).blocks().get(0);
        assertThat(block.text()).isEqualTo("Read the whole report at our site or here, not 2*3 or snake_case.");
        assertThat(block.span().start()).isZero();
        assertThat(block.span().end()).isEqualTo(source.length());
        int site = block.text().indexOf("our site");
        assertThat(block.slice(site, site + 8).span())
                .satisfies(span ->
                        assertThat(source.substring(span.start(), span.end())).isEqualTo("our site"));
    }

    @Test
    void bracketsWithoutATargetStayForTranscriptsUseThem() throws Exception {
        assertThat(split("We laughed [crosstalk] and went on.").blocks().get(0).text())
                .isEqualTo("We laughed [crosstalk] and went on.");
    }

    @Test
    void staticSiteTemplateTagsAreMarkupAndTheTextTheyWrapIsProse() throws Exception {
        WorkingDocument document = split("Intro.\n\n{{< figure src=\"a.png\"\n    alt=\"Ada Lovelace\" >}}\n\n"
                + "{{% notice %}}\nA boxed line.\n{{% /notice %}}\n\n{% include toc.html %}\n\n"
                + "{{< br >}} and words after the tag\n");
        assertThat(document.blocks())
                .extracting(Block::text)
                .containsExactly(
                        "Intro.",
                        "{{< figure src=\"a.png\"\n    alt=\"Ada Lovelace\" >}}",
                        "{{% notice %}}",
                        "A boxed line.",
                        "{{% /notice %}}",
                        "{% include toc.html %}",
                        "{{< br >}} and words after the tag");
        assertThat(document.blocks())
                .extracting(Block::kind)
                .containsExactly(
                        BlockKind.UNCLASSIFIED,
                        BlockKind.DEBRIS,
                        BlockKind.DEBRIS,
                        BlockKind.UNCLASSIFIED,
                        BlockKind.DEBRIS,
                        BlockKind.DEBRIS,
                        BlockKind.UNCLASSIFIED);
    }

    @Test
    void hugoShortcodesInACorpusInterviewAreNeitherProseNorWarnedAbout() throws Exception {
        // rOpenSci's blog (development corpus) sets its pictures with a shortcode between the lead and the turns.
        ParsedArticle parsed = TestDocuments.parseCorpusFile("ropensci-blog/2018-01-12-rprofile-karthik-ram.md");
        assertThat(parsed.warnings())
                .noneSatisfy(warning -> assertThat(warning.toString()).contains("{{<"));
        assertThat(parsed.article().leadParagraphs())
                .noneSatisfy(paragraph -> assertThat(paragraph.text()).contains("{{<"));
    }

    @Test
    void blockMarkupBecomesWhatTheStagesKnow() throws Exception {
        WorkingDocument document = split("# Title\n\n**Why now?**\n\n> A pulled line.\n\n![alt](x.png)\n\n---\n\n"
                + "[1]: https://x.example\n\n```\ncode\n```\n");
        assertThat(document.blocks())
                .extracting(Block::text)
                .containsExactly(
                        "Title",
                        "Why now?",
                        "A pulled line.",
                        "![alt](x.png)",
                        "---",
                        "[1]: https://x.example",
                        "```\ncode\n```");
        assertThat(document.blocks().get(0).markup().heading()).isEqualTo(1);
        assertThat(document.blocks().get(1).markup().emphasised()).isTrue();
        assertThat(document.blocks().get(2).markup().quoted()).isTrue();
        assertThat(document.blocks().get(3).kind()).isEqualTo(BlockKind.DEBRIS);
        assertThat(document.blocks().get(5).kind()).isEqualTo(BlockKind.METADATA);
    }
}
