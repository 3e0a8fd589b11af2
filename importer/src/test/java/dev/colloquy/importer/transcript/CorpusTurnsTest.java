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
}
