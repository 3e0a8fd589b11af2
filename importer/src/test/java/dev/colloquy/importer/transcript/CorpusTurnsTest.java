package dev.colloquy.importer.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.importer.TestDocuments;
import org.junit.jupiter.api.Test;

/** Where labelled turns start and stop, on development documents of the real-interview corpus. */
class CorpusTurnsTest {

    private static ParsedArticle parse(String document) throws Exception {
        return TestDocuments.parseCorpusFile(document);
    }

    @Test
    void aNamedInterviewerBreakingIntoAnAnswerThatGoesOnAsksNoNewQuestion() throws Exception {
        // "Bill: No question would reveal anything … together --" / "DS: Sure." / "Bill: -- but I have a chart …"
        ParsedArticle article = parse("gum-wikinews/dungeon.txt");
        assertThat(TestDocuments.questions(article)).hasSize(13).doesNotContain("Sure.");
        assertThat(article.interview().exchange(9).answer().text())
                .startsWith("No question would reveal anything")
                .contains("but I have a chart");
    }

    @Test
    void aReportersQBetweenTheHalvesOfABrokenAnswerIsStillAQuestion() throws Exception {
        // "… for those people that are against lifting sanctions, what —" / "Q    Exactly." / "— what our response
        // would be?": in a briefing every Q is a reporter's turn, as the gold counts them.
        ParsedArticle article = parse(
                "wh-briefings-2021/2021-03-08-background-press-call-by-senior-administration-officials-on-venezuela.md");
        assertThat(TestDocuments.questions(article)).hasSize(10).contains("Exactly.");
    }

    @Test
    void anAnswerEndingWithAColonCarriesOnIntoTheParagraphsItIntroduces() throws Exception {
        // "The four most active subprojects … would be:" then "kubectl: the canonical Kubernetes CLI.",
        // "Kustomize: a template-free customization tool …": items of the answer, not a new question.
        ParsedArticle article = parse("kubernetes-contributor-blog/sig-cli-spotlight-unlabelled.txt");
        assertThat(TestDocuments.questions(article)).hasSize(9).noneMatch(question -> question.startsWith("kubectl:"));
    }

    @Test
    void aBoldLabelledQuestionEndsWhereRomanTypeBeginsThoughTheAnswerHasNoLabel() throws Exception {
        // "**Q:Did you have a smooth upgrade process …?**" (no space after the colon) then "In order to be able to
        // upgrade …" with no name before it: the answer, not more of the question.
        ParsedArticle article = parse("apisix-blog/2021-08-17-interview-airwallex.md");
        assertThat(TestDocuments.questions(article))
                .hasSize(7)
                .contains("Did you have a smooth upgrade process in "
                        + "Apache APISIX? Share your feelings or stories about the upgrade process.");
        assertThat(article.interview().exchange(4).answer().text()).startsWith("In order to be able to upgrade");
    }

    @Test
    void aBoldBiographyBeforeTheFirstQuestionBelongsToTheLead() throws Exception {
        // "**JU Zhiyuan (GitHub ID: juzhiyuan), born in 1997, became …**": bold, but it asks nothing.
        ParsedArticle article = parse("apisix-blog/2022-04-29-interview-juzhiyuan-apache-member.md");
        assertThat(TestDocuments.questions(article)).hasSize(11);
        assertThat(article.interview().exchange(1).question().text())
                .isEqualTo("When did you get your first computer and start to program?");
    }

    @Test
    void aQuestionsNumberInsideItsBoldIsNoPartOfItsWords() throws Exception {
        // "**1. Would you give me a quick overview of Unity Group?**", numbering again under each section heading
        ParsedArticle article = parse("apisix-blog/2023-04-07-apisix-unity-group-q-and-a.md");
        assertThat(TestDocuments.questions(article))
                .hasSize(20)
                .startsWith("Would you give me a quick overview of Unity Group?")
                .noneMatch(question -> Character.isDigit(question.charAt(0)));
    }

    @Test
    void aSectionHeadingAfterTheLastAnswerOpensTheArticlesClosingProse() throws Exception {
        // "## Summary" after the last answer, then "\"Simple to use, powerful, and enjoyable to use.\" - This is the
        // evaluation of APISIX by Lukasz Biegaj.": the article's own words, quoting the interviewee, no answer.
        ParsedArticle article = parse("apisix-blog/2023-04-07-apisix-unity-group-q-and-a.md");
        assertThat(article.interview().exchange(20).answer().text())
                .isEqualTo("Simple to use, powerful, and enjoyable to use.");
        assertThat(article.quotes())
                .filteredOn(quote -> quote.kind() == dev.colloquy.core.quote.QuoteKind.NARRATIVE)
                .extracting(quote -> quote.text().text())
                .contains("Simple to use, powerful, and enjoyable to use.");
        assertThat(article.quotes())
                .filteredOn(quote -> quote.kind() == dev.colloquy.core.quote.QuoteKind.NARRATIVE)
                .extracting(dev.colloquy.core.quote.Quote::speaker)
                .containsOnly("Lukasz Biegaj");
    }

    private static final String EDITH = "opensuse-news/2007-09-12-people-of-opensuse-edith-parzefall.md";
    private static final String JOS = "opensuse-news/2011-05-09-people-of-opensuse-jos-poortvliet.md";

    @Test
    void aTableOfFieldLabelsAndValuesIsAFactSheetNotTheFirstExchanges() throws Exception {
        // "<td >**Nickname:**" / "<td >emap", "**Motto:**" / "Don't worry, be happy.": a profile box, then the
        // questions
        ParsedArticle article = parse(EDITH);
        assertThat(TestDocuments.questions(article))
                .hasSize(34)
                .startsWith("Please introduce yourself!")
                .noneMatch(question -> question.endsWith(":"));
        ParsedArticle plain = parse(JOS); // the same box with plain field labels ("Nickname:", "Motto:")
        assertThat(TestDocuments.questions(plain)).hasSize(9).startsWith("Please introduce yourself!");
    }

    @Test
    void aLineOpeningWithABlockTagStartsAParagraphEvenWithoutABlankLineBefore() throws Exception {
        // "</table>" and "Please introduce yourself!" on consecutive lines: the question is not the table's last cell
        ParsedArticle article = parse(JOS);
        assertThat(article.interview().exchange(1).question().text()).isEqualTo("Please introduce yourself!");
        assertThat(article.interview().exchange(1).answer().text()).startsWith("Hi there!");
    }

    @Test
    void aHeadingThatAsksAndThenBidsIsAQuestion() throws Exception {
        ParsedArticle article = parse(EDITH);
        assertThat(TestDocuments.questions(article))
                .contains("Three words to describe openSUSE? Or make up a proper slogan!");
    }

    @Test
    void aSmileyEndsASentenceSoAShortAnswerEndingInOneIsNoScrap() throws Exception {
        // "… ever since the keyboard was invented. ;-)" and "Nope, I'll just keep on talking ;-)": answers, not debris
        ParsedArticle edith = parse(EDITH);
        assertThat(edith.interview().exchange(16).answer().text()).startsWith("The \"Do-what-I-want");
        ParsedArticle jos = parse(JOS);
        assertThat(jos.interview().exchange(9).answer().text()).isEqualTo("Nope, I'll just keep on talking ;-)");
    }

    @Test
    void linesThatEachOpenWithAFieldLabelAreAnAnswerNotACaptionAndCredit() throws Exception {
        // "Childhood: Defender of the Crown" / "Now: Frozen Bubbles" under a question heading, no picture near
        ParsedArticle article = parse(EDITH);
        assertThat(article.interview().exchange(24).answer().text()).startsWith("Childhood: Defender of the Crown");
    }

    @Test
    void aQuestionThatLostItsBoldOnABoldQuestionPageOpensAnExchangeWithAWarning() throws Exception {
        // seven bold questions, then "To finish it off, let's go a bit more philosophical and ask: “Why?” … what do
        // you want to achieve in life?" in roman type, answered "This is something, I asked myself when I was 21 …"
        ParsedArticle article = parse("opensuse-news/2011-10-14-interview-about-openqa.md");
        assertThat(TestDocuments.questions(article)).hasSize(8);
        assertThat(article.interview().exchange(8).question().text()).startsWith("To finish it off");
        assertThat(article.interview().exchange(8).confidence()).isLessThan(0.9);
        assertThat(article.warnings()).anyMatch(warning -> warning.code().equals("UNMARKED_QUESTION"));
    }

    @Test
    void questionsASpeakerListsAfterAnnouncingThemStayInTheAnswer() throws Exception {
        // "Some questions I would love to see studied include:" then "What distribution does the expertise of the
        // contributor base follow?", "What are the greatest bottlenecks at each level of expertise?", …
        ParsedArticle article = parse("scikit-learn-blog/2022-11-30-meekail-zain-interview-unlabelled.txt");
        assertThat(TestDocuments.questions(article))
                .hasSize(10)
                .noneMatch(question -> question.startsWith("What are the greatest bottlenecks"));
    }

    @Test
    void wholeParagraphsInItalicsAreQuestionsAsBoldOnesAre() throws Exception {
        // "<p><em>Tell us a bit about the software your group uses.</em></p>" after an answer that ends in a list,
        // and answers that are lists ("<li>Good code structure practice.</li>"): italics set the questions apart.
        ParsedArticle article = parse("carpentries-blog/2010-06-interview-uk-met-office.html");
        assertThat(TestDocuments.questions(article))
                .hasSize(6)
                .contains("Tell us a bit about the software your group uses.")
                .doesNotContain("Good code structure practice.");
    }

    @Test
    void aSectionBreakAfterTheHostsIntroductionSetsItApartFromTheFirstQuestion() throws Exception {
        // "**Adam Stacoviak:** \\[01:05\\] In this episode I talked to Shiya Lou …" / "\\* \\* \\*" /
        // "**Adam Stacoviak:** Let's start with what your name is and where you're from."
        ParsedArticle article = parse("changelog-spotlight/spotlight-10.md");
        assertThat(article.interview().exchange(1).question().text())
                .isEqualTo("Let's start with what your name is and where you're from.");
        assertThat(article.article().leadParagraphs())
                .singleElement()
                .satisfies(lead -> assertThat(lead.text()).startsWith("In this episode"));
    }

    @Test
    void aLongFirstTurnThatAsksNothingIsDoubtedAsAnIntroduction() throws Exception {
        // "**Jerod Santo:** \\[00:31\\] Welcome to our first Spotlight series … I'm Jerod Santo, managing editor of
        // Changelog. …", then the guest: no rule tells the introduction from a first question, so the reading says so.
        ParsedArticle article = parse("changelog-spotlight/spotlight-8.md");
        assertThat(article.interview().exchange(1).confidence()).isLessThan(0.9);
        assertThat(article.warnings())
                .anySatisfy(warning -> assertThat(warning.code()).isEqualTo("UNSURE_QUESTION"));
    }

    @Test
    void aTimeCodeAfterTheLabelIsNoPartOfTheTurn() throws Exception {
        // "**Shiya Lou:** \\[08:15\\] Right. I think the language barrier …"
        ParsedArticle article = parse("changelog-spotlight/spotlight-10.md");
        assertThat(article.interview().exchanges())
                .anySatisfy(exchange -> assertThat(exchange.answer().text()).startsWith("Right. I think the language"))
                .noneSatisfy(exchange -> assertThat(exchange.answer().text()).startsWith("["));
    }

    @Test
    void aGuestBreakingIntoAQuestionThatGoesOnGivesNoAnswer() throws Exception {
        // "**Jerod Santo:** Yeah, a lot of nuance..." / "**Kris Borchers:** Absolutely." / "**Jerod Santo:** ...and a
        // lot of careful thinking …": the guest's interjection inside the host's question. The other way round,
        // "**Kris Borchers:** … contributor base..." / "**Jerod Santo:** Oh, that's interesting..." /
        // "**Kris Borchers:** \\[12:01\\] ...because …" is the host's, once the time code is no part of the turn.
        ParsedArticle article = parse("changelog-spotlight/spotlight-3.md");
        assertThat(TestDocuments.questions(article))
                .hasSize(36)
                .noneMatch(question -> question.startsWith("...and a lot"))
                .noneMatch(question -> question.startsWith("Oh, that's interesting"));
    }
}
