package dev.colloquy.importer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.source.Origin;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.importer.ImportOptions;
import dev.colloquy.importer.Importer;
import dev.colloquy.importer.TestDocuments;
import dev.colloquy.importer.document.TurnLabel;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.transcript.TurnLabels;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutDetectionTest {

    private static WorkingDocument annotate(String name, String text, Layout forced) throws Exception {
        return Importer.standard()
                .pipeline()
                .annotate(SourceDocument.of(text, Origin.file(name)), new ImportOptions(forced), List.of());
    }

    /** Jekyll and Hugo name the page's template under the same key: "post" is no slip, "unlabeled" is one. */
    @Test
    void aSiteTemplateInTheFrontMatterIsIgnoredAndANearMissOfALayoutWarned() throws Exception {
        String body = "\n# A talk\n\nQ: Why?\n\nA: Because.\n\nQ: And then?\n\nA: Then we rested.\n";
        for (String template : List.of("post", "page", "blog", "default", "single")) {
            WorkingDocument document = annotate("post.md", "---\nlayout: " + template + "\n---\n" + body, null);
            assertThat(document.warnings()).as(template).noneMatch(w -> w.code().equals("BAD_FRONT_MATTER"));
        }
        WorkingDocument slip = annotate("slip.md", "---\nlayout: unlabeled\n---\n" + body, null);
        assertThat(slip.warnings()).anyMatch(w -> w.code().equals("BAD_FRONT_MATTER"));
    }

    @Test
    void questionAndAnswerLabelsInTheirCommonSpellings() {
        for (String text : List.of(
                "Q: Why?", "Q. Why?", "QUESTION: Why?", "Question: Why?", "**Q:** Why?", "**Q.** Why?", "Q — Why?")) {
            TurnLabel label = TurnLabels.read(text);
            assertThat(label).as(text).isNotNull();
            assertThat(label.kind()).isEqualTo(TurnLabel.Kind.QUESTION);
            assertThat(text.substring(label.contentStart())).isEqualTo("Why?");
        }
        assertThat(TurnLabels.read("A: No.").kind()).isEqualTo(TurnLabel.Kind.ANSWER);
        assertThat(TurnLabels.read("A.J. Ayer said so.")).isNull();
    }

    @Test
    void speakerLabelsInAnyCaseButNotEditorialWords() {
        TurnLabel label = TurnLabels.read("MARIA LOPEZ (Herald): Minister?");
        assertThat(label.speaker()).isEqualTo("MARIA LOPEZ");
        assertThat(label.role()).isEqualTo("Herald");
        TurnLabel mixed = TurnLabels.read("**Xing Yang (XY)**: I am a tech lead.");
        assertThat(mixed.speaker()).isEqualTo("Xing Yang");
        assertThat(mixed.role()).isEqualTo("XY");
        assertThat(TurnLabels.read("Q\u00a0\u00a0 Thank you, Jen.").kind()).isEqualTo(TurnLabel.Kind.QUESTION);
        assertThat(TurnLabels.read("QAnd on Ukraine?").contentStart()).isEqualTo(1);
        assertThat(TurnLabels.read("Quite so: we agree.")).isNull();
        // A dateline reads like a label; only recurrence makes labels a layout (theSampleIsUnlabelledPlainText).
        assertThat(TurnLabels.read("Brussels: In an interview…").speaker()).isEqualTo("Brussels");
        assertThat(TurnLabels.read("NOTE: This text was updated.")).isNull();
        assertThat(TurnLabels.read("Editor's note: This text was updated.")).isNull();
        assertThat(TurnLabels.read("but then: nothing.")).isNull();
        assertThat(TurnLabels.displayName("SEN. MARY O'NEIL")).isEqualTo("Sen. Mary O'Neil");
        assertThat(TurnLabels.isInterjection("(LAUGHTER)")).isTrue();
        assertThat(TurnLabels.isInterjection("[crosstalk]")).isTrue();
        assertThat(TurnLabels.isInterjection("(He laughs, then explains at length why the plan failed.)"))
                .isFalse();
    }

    @Test
    void theSampleIsUnlabelledPlainText() throws Exception {
        WorkingDocument document = annotate("al-majalla.txt", TestDocuments.sampleText(), null);
        assertThat(document.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(document.labelling()).isEqualTo(TurnLabelling.UNLABELLED);
    }

    @Test
    void htmlIsSniffedAndAForcedOrFrontMatterLayoutWins() throws Exception {
        String page = "<!doctype html><h1>Ana Lee: maps</h1><p><b>Why maps?</b><p>They lie politely."
                + "<p><b>And globes?</b><p>Less.";
        assertThat(annotate("page.txt", page, null).format()).isEqualTo(SourceFormat.HTML);
        assertThat(annotate("page.txt", page, null).labelling()).isEqualTo(TurnLabelling.EMPHASIS);
        String qa = "Title here\n\nQ: One?\n\nA: Yes.\n\nQ: Two?\n\nA: No.\n";
        assertThat(annotate("qa.txt", qa, null).labelling()).isEqualTo(TurnLabelling.QA);
        assertThat(annotate("qa.txt", "---\nlayout: unlabelled\n---\n" + qa, null)
                        .labelling())
                .isEqualTo(TurnLabelling.UNLABELLED);
        assertThat(annotate("qa.txt", qa, Layout.MARKDOWN).format()).isEqualTo(SourceFormat.MARKDOWN);
    }
}
