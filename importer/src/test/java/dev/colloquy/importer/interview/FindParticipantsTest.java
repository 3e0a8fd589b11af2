package dev.colloquy.importer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.interview.Speaker;
import dev.colloquy.importer.StageFixtures;
import dev.colloquy.importer.document.WorkingDocument;
import org.junit.jupiter.api.Test;

class FindParticipantsTest {

    private static final String LABELLED = """
            Talking tides with the harbour master

            JANE HOLM: What changed on the quay this year?

            ERIK STRAND: The tides came higher than any of us remember.

            JANE HOLM: Were you ready for it?

            ERIK STRAND: Not entirely. We raised the walls in March.
            """;

    @Test
    void namesTheSamplesIntervieweeAndPublicationFromItsProse() throws Exception {
        WorkingDocument document = StageFixtures.sampleBefore(FindParticipants.class);
        assertThat(document.interviewee()).as("no stage before it names anyone").isNull();

        new FindParticipants().apply(document);

        assertThat(document.interviewee().name()).isEqualTo("Mark Rutte");
        assertThat(document.interviewee().role()).contains("Secretary General");
        assertThat(document.publication()).isEqualTo("Al Majalla");
        assertThat(document.evidence()).containsKeys("interviewee", "publication");
    }

    @Test
    void takesTheParticipantsTheTurnLabelsSuggest() throws Exception {
        WorkingDocument document = StageFixtures.before(FindParticipants.class, "tides.txt", LABELLED);
        assertThat(document.labelledParticipants().interviewee().name()).isEqualTo("Erik Strand");

        new FindParticipants().apply(document);

        assertThat(document.interviewee().name()).isEqualTo("Erik Strand");
        assertThat(document.interviewer().name()).isEqualTo("Jane Holm");
    }

    @Test
    void frontMatterWinsOverWhatTheLabelsSuggest() throws Exception {
        WorkingDocument document = StageFixtures.before(
                FindParticipants.class,
                "tides.md",
                "---\ninterviewee: Erik Strand\nrole: Harbour master\ninterviewer: Anna Berg\npublication: Quay Weekly\n---\n"
                        + LABELLED);

        new FindParticipants().apply(document);

        assertThat(document.interviewee()).isEqualTo(new Speaker("Erik Strand", "Harbour master"));
        assertThat(document.interviewer().name()).isEqualTo("Anna Berg");
        assertThat(document.publication()).isEqualTo("Quay Weekly");
    }
}
