package dev.colloquy.importer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.importer.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * Who asked, who answered and who published, read from development documents of the real-interview corpus where the
 * turn labels say nothing (unlabelled variants) or are initials: the evidence left is the headline, the front matter's
 * summary and the opening's prose. Each rule is checked on the documents that needed it.
 */
class CorpusParticipantsTest {

    private static ParsedArticle parse(String document) throws Exception {
        return TestDocuments.parseCorpusFile(document);
    }

    @Test
    void aHeadlinesPresentTenseOutletInterviewsMakesItThePublicationAndTheAskingSide() throws Exception {
        // "Wikinews interviews Christopher Hill, …", "Cold as ice: Wikinews interviews Marymegan Daly on …"
        for (String document : new String[] {"gum-wikinews/hill-unlabelled.txt", "gum-wikinews/daly-unlabelled.txt"}) {
            ParsedArticle article = parse(document);
            assertThat(article.article().publication()).as(document).isEqualTo("Wikinews");
            assertThat(article.interview().interviewer().name()).as(document).isEqualTo("Wikinews");
        }
    }

    @Test
    void theWordEndingTheSentenceBeforeAnOutletIsNoPartOfItsName() throws Exception {
        // "October is National Magic Month in the United States. Wikinews spoke with William Evans": "States."
        // ends a sentence, so "Wikinews" is not the tail of a longer name (as it would be in "Radio Wikinews").
        ParsedArticle article = parse("gum-wikinews/brotherhood-unlabelled.txt");
        assertThat(article.article().publication()).isEqualTo("Wikinews");
        assertThat(article.interview().interviewer().name()).isEqualTo("Wikinews");
        assertThat(article.interview().interviewee().name()).isEqualTo("William Evans");
    }

    @Test
    void aFunctionWordOpeningTheSentenceIsNoPartOfTheOutletsName() throws Exception {
        // "Wikinews interviews Robert Sarvis, …" with "With Wikinews, Sarvis discusses …" in the lead: "With" is
        // no name, so "With Wikinews" does not make Wikinews part of a longer name.
        for (String document :
                new String[] {"gum-wikinews/libertarian.txt", "gum-wikinews/libertarian-unlabelled.txt"}) {
            assertThat(parse(document).article().publication()).as(document).isEqualTo("Wikinews");
        }
    }

    @Test
    void theOutletWhoseReporterDidTheInterviewIsThePublicationNotAPersonSomeoneToldLater() throws Exception {
        // "This exclusive interview features first-hand journalism by a Wikinews reporter." and, in a question,
        // "In an interview with Terry Gross, Stephen Colbert said …"
        assertThat(parse("gum-wikinews/onion.txt").article().publication()).isEqualTo("Wikinews");
    }

    @Test
    void anOutletTheHeadlineSaysTheIntervieweeToldDidTheInterview() throws Exception {
        // "Biologist Nick Bos tells Wikinews about 'self-medicating' ants"
        ParsedArticle article = parse("gum-wikinews/ants-unlabelled.txt");
        assertThat(article.interview().interviewer().name()).isEqualTo("Wikinews");
        assertThat(article.interview().interviewee().name()).isEqualTo("Nick Bos");
    }

    @Test
    void aPersonNamedWithAParenthesisBeforeTalkedWithIsTheInterviewer() throws Exception {
        // "Frederico Muñoz (Cloud & Architecture Lead at SAS) talked with Xing Yang, …"
        ParsedArticle article = parse("kubernetes-contributor-blog/sig-storage-spotlight-unlabelled.txt");
        assertThat(article.interview().interviewer().name()).isEqualTo("Frederico Muñoz");
        assertThat(article.interview().interviewee().name()).isEqualTo("Xing Yang");
    }

    @Test
    void theOneTheIntervieweeSatDownWithIsTheInterviewerNotTheIntervieweeUnderATitle() throws Exception {
        // "On March 13, Professor Chomsky sat down with Michael Dranove for an interview in his MIT office"
        ParsedArticle article = parse("gum-wikinews/chomsky-unlabelled.txt");
        assertThat(article.interview().interviewee().name()).isEqualTo("Noam Chomsky");
        assertThat(article.interview().interviewer().name()).isEqualTo("Michael Dranove");
    }

    @Test
    void anAuthorWhoSummarisesTheirConversationWithTheIntervieweesAsked() throws Exception {
        // "**Author:** Purneswar Prasad" … "I have summarised my conversation with the co-chairs, …"
        ParsedArticle article = parse("kubernetes-contributor-blog/sig_docs_spotlight_blog.md");
        assertThat(article.interview().interviewer().name()).isEqualTo("Purneswar Prasad");
    }

    @Test
    void theFrontMattersExcerptIsPartOfTheOpening() throws Exception {
        // excerpt: "We interviewed Jay and Tom from Bytten Studio about Cassette Beasts." (author: Emi)
        assertThat(parse("godot-showcase/godot-showcase-cassette-beasts.md")
                        .interview()
                        .interviewer()
                        .name())
                .isEqualTo("Emi");
        // excerpt: "Julien and Simon from Blender Studio tell us about their experience working on Dogwalk."
        assertThat(parse("godot-showcase/godot-showcase-dogwalk.md")
                        .interview()
                        .interviewer()
                        .name())
                .isEqualTo("Emi");
    }

    @Test
    void aQuestionnairesTellUsAboutYourselfSaysNothingOfWhoAsked() throws Exception {
        // "1. __Tell us about yourself.__" under a post signed by two authors, one of them the interviewee
        assertThat(parse("scikit-learn-blog/2022-05-04-lucy-interview.md")
                        .interview()
                        .interviewer())
                .isNull();
    }

    @Test
    void aFirstNameTheWriterSaysTheyInterviewedIsGivenInFullWhereTheArticleGivesIt() throws Exception {
        // "We interviewed Dan to introduce you to him" under "Introducing our Postdoctoral Fellow, Dr. Dan Sholler";
        // "We talked with Maëlle to learn more about her" after "Join us in welcoming Maëlle Salmon".
        assertThat(parse("ropensci-blog/2017-06-30-postdoc-dan-sholler.md")
                        .interview()
                        .interviewee()
                        .name())
                .isEqualTo("Dan Sholler");
        assertThat(parse("ropensci-blog/2018-01-29-rse-maelle-salmon.md")
                        .interview()
                        .interviewee()
                        .name())
                .isEqualTo("Maëlle Salmon");
    }

    @Test
    void headingsLabelledAsQuestionsAreTheQuestionsWithoutTheirLabel() throws Exception {
        // "### Q: Tell us a bit about your background" (no question mark) is a question; "### Want to learn more
        // about Dan Sholler?" over a list of links is a section head, since the page labels its questions.
        ParsedArticle article = parse("ropensci-blog/2017-06-30-postdoc-dan-sholler.md");
        assertThat(TestDocuments.questions(article))
                .containsExactly(
                        "Tell us a bit about your background",
                        "What would you like to accomplish with your postdoc?",
                        "How do you arrive at doing qualitative research in an environment full of quantitative"
                                + " researchers?");
        assertThat(TestDocuments.questions(parse("ropensci-blog/2018-01-29-rse-maelle-salmon.md")))
                .hasSize(7)
                .allSatisfy(question -> assertThat(question).doesNotStartWith("Q:"));
    }

    @Test
    void anIntervieweeListedInTheFrontMatterIsTakenFromTheList() throws Exception {
        // The rOpenSci front matter's "interviewee:" followed by "- Jenny Bryan": the labels (KO/JB) name nobody,
        // so without the list the answerer would be known by initials only.
        ParsedArticle article = TestDocuments.parse("t.md", """
                ---
                title: 'A profile'
                interviewee:
                - Ada Quill
                ---

                KO: What is your name and how long have you used R?

                AQ: I have used R for ten years.

                KO: What do you use it for?

                AQ: Mostly for teaching.

                KO: And next?

                AQ: A book.
                """);
        assertThat(article.interview().interviewee().name()).isEqualTo("Ada Quill");
    }

    @Test
    void aRoleLabellingTheQuestionsLeavesTheAuthorAsTheInterviewer() throws Exception {
        // "**Editor**: Congratulations …" over a post whose front matter says "author: Ming Wen"
        ParsedArticle article = parse("apisix-blog/2021-01-11-interview-wang-pengcheng.md");
        assertThat(article.interview().interviewer().name()).isEqualTo("Ming Wen");
        assertThat(article.interview().interviewee().name()).isEqualTo("Pengcheng Wang");
    }

    @Test
    void aFamilyNameInCapitalsPutFirstGivesWayToTheNameAsTheHeadingWritesIt() throws Exception {
        // "**Shuyang**:" answers, "Hi, I'm WU Shuyang", and the section heading "Guest speaker: Shuyang Wu"; the
        // author who "invited two Apache APISIX committers" is written in Chinese characters.
        ParsedArticle article = parse("apisix-blog/2021-06-03-ospp-2020-students.md");
        assertThat(article.interview().interviewee().name()).isEqualTo("Shuyang Wu");
        assertThat(article.interview().interviewer().name()).isEqualTo("赵若妃");
    }

    @Test
    void aProjectSigningItsOwnPostIsThePublicationNotTheInterviewer() throws Exception {
        // "author: Apache APISIX" and "We had a chance to interview Yang Li": the project published it; who asked
        // is not said.
        ParsedArticle article = parse("apisix-blog/2021-08-17-interview-airwallex.md");
        assertThat(article.article().publication()).isEqualTo("Apache APISIX");
        assertThat(article.interview().interviewer()).isNull();
        assertThat(article.interview().interviewee().name()).isEqualTo("Yang Li");
    }

    @Test
    void aHeadlinesInterviewWithNamesTheIntervieweeEvenWithTheFamilyNameInCapitals() throws Exception {
        // "Interview with JU Zhiyuan: Becoming One of the 918 ASF Members …", authors listed as maps, and the
        // description's "In this interview, we invited JU Zhiyuan"
        ParsedArticle article = parse("apisix-blog/2022-04-29-interview-juzhiyuan-apache-member.md");
        assertThat(article.interview().interviewee().name()).isEqualTo("JU Zhiyuan");
        assertThat(article.interview().interviewer().name()).isEqualTo("Estelle Rao");
    }

    @Test
    void aPersonsSignatureWhoseFirstWordIsAlsoAListedNameStaysAPerson() throws Exception {
        // "authors: - name: Qi Zeng" ("Qi" is also a listed standard) over "We are honored to have Lukasz Biegaj …
        // as our guest in this interview"
        ParsedArticle article = parse("apisix-blog/2023-04-07-apisix-unity-group-q-and-a.md");
        assertThat(article.interview().interviewer().name()).isEqualTo("Qi Zeng");
        assertThat(article.article().publication()).isNull();
    }

    @Test
    void theSignedAuthorWhoWritesThatTheyDidAnInterviewIsTheInterviewer() throws Exception {
        // author: Kim Leyendecker; "We did an interview with Bernhard Wiedeman, the main developer of openQA."
        ParsedArticle article = parse("opensuse-news/2011-10-14-interview-about-openqa.md");
        assertThat(article.interview().interviewer().name()).isEqualTo("Kim Leyendecker");
    }

    @Test
    void aSurnameLabelTakesTheSecondSurnameTheProseGives() throws Exception {
        // "Piñeiro: In my case it started …" where the lead names "Alejandro Piñeiro Iglesias"
        ParsedArticle article = parse("opensuse-news/2012-02-07-gnome-accesibility-hackfest-interview.md");
        assertThat(article.interview().interviewee().name()).isEqualTo("Alejandro Piñeiro Iglesias");
    }

    @Test
    void anHtmlPostsFrontMatterIsReadNotPrintedAndItsTitleIsTheHeadline() throws Exception {
        // A Hugo post in HTML: "---\ndate: 2010-06-11\n…title: \"Interview: David Jackson at the UK Met Office\"\n---"
        ParsedArticle article = parse("carpentries-blog/2010-06-interview-uk-met-office.html");
        assertThat(article.article().headline().text()).isEqualTo("Interview: David Jackson at the UK Met Office");
        assertThat(article.article().publishedOn()).hasToString("2010-06-11");
    }

    @Test
    void theWriterPresentingThePostsOwnInterviewIsTheInterviewer() throws Exception {
        // "Over the next few weeks, I'll be interviewing the people …", "Our latest interview is with …",
        // "The second of today's sponsor interviews is with …", "Today's interview is with …" under "authors:
        // [Greg Wilson]"
        for (String document : new String[] {
            "carpentries-blog/2010-06-interview-scimatic.html",
            "carpentries-blog/2010-07-an-interview-with-hans-petter-langtangen.html",
            "carpentries-blog/2010-06-interview-uk-met-office.html",
            "carpentries-blog/2010-07-interview-with-the-hackers-within.html"
        }) {
            assertThat(parse(document).interview().interviewer().name())
                    .as(document)
                    .isEqualTo("Greg Wilson");
        }
    }

    @Test
    void thePersonTodaysInterviewIsWithIsTheIntervieweeNotTheBodyTheHeadlineNames() throws Exception {
        // "Interview with The Hackers Within" over "Today's interview is with Nicholas Preston, Katy Huff, and Milad
        // Fatenejad of the The Hacker Within": "The …" names a body; the first person named is the interviewee.
        assertThat(parse("carpentries-blog/2010-07-interview-with-the-hackers-within.html")
                        .interview()
                        .interviewee()
                        .name())
                .isEqualTo("Nicholas Preston");
    }

    @Test
    void aPersonNamedAfterThePossessiveOfWhereTheyWorkIsNamedWithoutIt() throws Exception {
        // "First up is Scimatic's Jim Graham."
        assertThat(parse("carpentries-blog/2010-06-interview-scimatic.html")
                        .interview()
                        .interviewee()
                        .name())
                .isEqualTo("Jim Graham");
        assertThat(FindParticipants.withoutOwner("Michigan State's Titus Brown"))
                .isEqualTo("Titus Brown");
        assertThat(FindParticipants.withoutOwner("Jim Graham")).isEqualTo("Jim Graham");
    }

    @Test
    void theSiteAPostSaysItFirstAppearedOnIsThePublication() throws Exception {
        // "This post originally appeared on the Software Carpentry website."
        for (String document : new String[] {
            "carpentries-blog/2010-06-interview-scimatic.html",
            "carpentries-blog/2010-07-interview-with-the-hackers-within.html"
        }) {
            assertThat(parse(document).article().publication()).as(document).isEqualTo("Software Carpentry");
        }
    }

    @Test
    void aHostWhoAsksFarMoreOftenThanTheGuestIsTheInterviewerThoughHeTalksMore() throws Exception {
        // Adam Stacoviak asks in about half his turns and talks more; Shiya Lou asks in one turn of twenty.
        ParsedArticle article = parse("changelog-spotlight/spotlight-10.md");
        assertThat(article.interview().interviewee().name()).isEqualTo("Shiya Lou");
        assertThat(article.interview().interviewer().name()).isEqualTo("Adam Stacoviak");
    }

    @Test
    void theInterviewersSelfIntroductionAsAnEditorOfAnOutletNamesThePublication() throws Exception {
        // "I'm Jerod Santo, managing editor of Changelog." / "… managing editor at Changelog."
        for (String document :
                new String[] {"changelog-spotlight/spotlight-8.md", "changelog-spotlight/spotlight-3.md"}) {
            assertThat(parse(document).article().publication()).as(document).isEqualTo("Changelog");
        }
    }
}
