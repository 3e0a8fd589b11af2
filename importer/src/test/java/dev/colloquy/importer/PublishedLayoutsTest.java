package dev.colloquy.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.source.ImportWarning;
import dev.colloquy.importer.markdown.FrontMatter;
import org.junit.jupiter.api.Test;

/**
 * Habits of published interviews met in the real-interview corpus's development part, in documents written
 * for this test: post authors listed in front matter, YAML block scalars, a site named in the page title,
 * glossary lists in answers, links wrapped over two lines, photo credits under answers, and a transcript that
 * labels a question with the answering speaker's name.
 */
class PublishedLayoutsTest {

    @Test
    void frontMatterListsOfMapsAndBlockScalarsAreRead() {
        FrontMatter front = FrontMatter.read("---\ntitle: \"A talk\"\npostauthors:\n  - name: Rosa Diaz\n"
                + "    website: https://r.example\n  - name: Amir Khan\n    image: a.jpg\nauthor: >\n  Lena Ortiz\n"
                + "summary: |\n  Two lines\n  of text\nlayout: blog\n---\n\nText");
        assertThat(front.list("postAuthors")).containsExactly("Rosa Diaz", "Amir Khan");
        assertThat(front.value("author")).isEqualTo("Lena Ortiz");
        assertThat(front.value("summary")).isEqualTo("Two lines\n  of text");
        assertThat(front.value("layout")).isEqualTo("blog");
        assertThat(front.value("website")).isNull();
    }

    @Test
    void postAuthorsAreNoIntervieweeAndASignatureAloneNamesNoInterviewer() throws Exception {
        ParsedArticle article = TestDocuments.parse("t.md", """
                ---
                title: "Interview with Amir Khan, maintainer"
                postauthors:
                  - name: Rosa Diaz
                    website: https://r.example
                  - name: Amir Khan
                    website: https://a.example
                ---

                Amir Khan joined the maintainers in May. In this interview, learn how he got there.

                1. __Tell us about yourself.__

                    I write parsers for a living and fix them for fun. I live by the sea.

                1. __How did you first contribute?__

                    A typo in the docs, then a test that failed on my laptop and nowhere else.

                1. __What would you tell a newcomer?__

                    Read the issues nobody answers. They teach you where the hard parts are.
                """);
        assertThat(article.interview().interviewee().name()).isEqualTo("Amir Khan");
        assertThat(article.interview().interviewer()).as("a signature alone").isNull();
        assertThat(article.interview().exchanges()).hasSize(3);
    }

    @Test
    void aSpeakersNameOpeningAListItemIsAGlossaryEntryAndALinkMayWrap() throws Exception {
        ParsedArticle article = TestDocuments.parse("t.md", """
                ---
                title: "Spotlight on the parser team"
                author: "Lena Ortiz"
                ---

                We spoke with [Amir Khan](https://a.example), who leads the parser team.

                **What does the team work on?**

                Three things, mostly:

                - **Data Formats**: the readers for every input we accept.
                - **Error Recovery**: what happens after the first mistake.

                **Where did the idea come from?**

                The idea of [error
                recovery](https://e.example/recovery) dates back to the first release.
                """);
        assertThat(article.interview().interviewee().name()).isEqualTo("Amir Khan");
        assertThat(article.interview().exchanges()).hasSize(2);
        assertThat(article.interview().exchange(2).answer().text()).startsWith("The idea of error recovery dates back");
    }

    @Test
    void theSiteInThePageTitleIsThePublication() throws Exception {
        ParsedArticle article = TestDocuments.parse("t.html", """
                <!DOCTYPE html><html><head><title>Spotlight on the parser team | Parser Contributors</title></head>
                <body><article><h1>Spotlight on the parser team</h1>
                <p>We spoke with Amir Khan, who leads the parser team.</p>
                <p><strong>What does the team work on?</strong></p><p>Readers for every input we accept.</p>
                <p><strong>Where did the idea come from?</strong></p><p>From the first release, years ago.</p>
                </article></body></html>
                """);
        assertThat(article.article().publication()).isEqualTo("Parser Contributors");
    }

    @Test
    void aPhotoCreditUnderAnAnswerAttributesNoPullQuote() throws Exception {
        ParsedArticle article = TestDocuments.parse("t.md", """
                # Interview with Amir Khan

                Amir Khan joined the maintainers in May.

                **Tell us about yourself.**

                I write parsers for a living and fix them for fun.

                Photo credit: Amir Khan

                **How did you first contribute?**

                A typo in the docs, then a failing test.
                """);
        assertThat(article.quotes()).isEmpty();
        assertThat(article.interview().exchange(1).answer().text()).startsWith("I write parsers");
    }

    @Test
    void aQuestionLabelledWithTheAnsweringSpeakersNameIsDoubted() throws Exception {
        ParsedArticle article = TestDocuments.parse("t.txt", """
                Press briefing by the spokesperson

                MS. LANE:  Good afternoon, everyone.

                Q    Will the minister travel next week?

                MS. LANE:  She will, on Tuesday.

                Peter, go ahead.

                MS. LANE:  Dana, I have a question for you on the budget.  Will it be ready by Friday, and will you publish it?

                MS. LANE:  It will be ready, and yes.

                Q    Thank you.  And the schools?

                MS. LANE:  They open on Monday.
                """);
        assertThat(article.warnings()).extracting(ImportWarning::code).contains("UNSURE_LABELS");
        assertThat(article.interview().exchange(1).confidence()).isLessThan(0.9);
        assertThat(article.interview()
                        .exchanges()
                        .get(article.interview().exchanges().size() - 1)
                        .confidence())
                .isGreaterThanOrEqualTo(0.9);
    }
}
