package dev.colloquy.importer.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.source.Origin;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitHtmlBlocksTest {

    private static WorkingDocument split(String html) throws Exception {
        return Pipeline.blocksOnly().annotate(SourceDocument.of(html, new Origin("t.html", null, "text/html")));
    }

    @Test
    void eachBlockSpansTheExactSourceOfItsTextWithEntitiesDecoded() throws Exception {
        String html = "<p>  Caf&eacute; &amp; <em>bar</em>&rsquo;s <a href=\"/x\">menu</a>  </p>";
        Block block = split(html).blocks().get(0);
        assertThat(block.text()).isEqualTo("Café & bar’s menu");
        assertThat(html.substring(block.span().start(), block.span().end()))
                .isEqualTo("Caf&eacute; &amp; <em>bar</em>&rsquo;s <a href=\"/x\">menu");
        assertThat(block.slice(0, 4).span())
                .satisfies(span ->
                        assertThat(html.substring(span.start(), span.end())).isEqualTo("Caf&eacute;"));
    }

    @Test
    void pageChromeScriptsAndWidgetsAreDroppedButTheArticleHeaderIsKept() throws Exception {
        String html = "<html><head><title>x</title><script>var q = 'Why?';</script></head><body>"
                + "<header><nav>Home News</nav></header>"
                + "<article><header><h1>The headline</h1><p class=\"dek\">The standfirst of it</p></header>"
                + "<div class=\"social-share\">Share on X</div><aside>Related stuff</aside>"
                + "<p>Prose.</p><style>p{}</style></article><footer>Copyright</footer></body></html>";
        WorkingDocument document = split(html);
        List<String> texts = document.blocks().stream().map(Block::text).toList();
        assertThat(texts).containsExactly("The headline", "The standfirst of it", "Prose.");
        assertThat(document.blocks().get(0).kind()).isEqualTo(BlockKind.HEADLINE);
        assertThat(document.blocks().get(1).kind()).isEqualTo(BlockKind.STANDFIRST);
    }

    @Test
    void figuresBecomePicturesAndBlockquotesPullQuotesWithTheirCitation() throws Exception {
        String html = "<figure><img src=a.jpg><figcaption>The harbour at dawn <small>Photo: Ana Ruiz</small>"
                + "</figcaption></figure><blockquote><p>Boats are patient.</p><cite>Jo Lind</cite></blockquote>";
        WorkingDocument document = split(html);
        assertThat(document.htmlHints().figures()).singleElement().satisfies(image -> {
            assertThat(image.caption().text()).isEqualTo("The harbour at dawn");
            assertThat(image.credit().text()).isEqualTo("Photo: Ana Ruiz");
        });
        assertThat(document.htmlHints().blockquotes()).singleElement().satisfies(quote -> {
            assertThat(quote.quote().text()).isEqualTo("Boats are patient.");
            assertThat(quote.speaker()).isEqualTo("Jo Lind");
        });
    }

    @Test
    void jsonLdMetadataIsPreferredAndBrokenJsonIsIgnored() throws Exception {
        String html = "<head><script type=\"application/ld+json\">{broken</script>"
                + "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":[\"NewsArticle\"],"
                + "\"headline\":\"H\",\"datePublished\":\"2025-12-01T10:00Z\",\"author\":[{\"name\":\"Ida Berg\"}],"
                + "\"publisher\":{\"name\":\"The Ledger\"}}]}</script>"
                + "<meta property=\"og:site_name\" content=\"Other\"></head><body><p>Text.</p></body>";
        HtmlMetadata metadata = HtmlMetadata.of(org.jsoup.Jsoup.parse(html));
        assertThat(metadata.headline()).isEqualTo("H");
        assertThat(metadata.publishedOn()).hasToString("2025-12-01");
        assertThat(metadata.author()).isEqualTo("Ida Berg");
        assertThat(metadata.publisher()).isEqualTo("The Ledger");
    }
}
