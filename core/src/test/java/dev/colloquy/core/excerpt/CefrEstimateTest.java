package dev.colloquy.core.excerpt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.excerpt.CefrEstimate.Band;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CEFR estimate on real excerpts of differing difficulty, from dev sources whose words did not go into
 * the rank list (al-majalla, kubernetes-contributor-blog; see WORD-RANKS.md), so the list does not flatter them.
 */
class CefrEstimateTest {

    private static final Path CORPUS = Path.of("../evaluation/corpus");

    /** Rutte's short, spoken answer on the Gulf: common words, moderate sentences. */
    private static final String RUTTE = paragraph("al-majalla/al-majalla-rutte-interview.txt", "The same goes for");
    /** Rutte on the peace deal. */
    private static final String RUTTE_DEAL = paragraph("al-majalla/al-majalla-rutte-interview.txt", "Well, I have my");
    /** The start of Rutte's answer on the president-elect. */
    private static final String RUTTE_TRUMP = paragraph("al-majalla/al-majalla-rutte-interview.txt", "Well, I cannot");
    /** A Kubernetes maintainer on CSI: technical words and long sentences. */
    private static final String CSI =
            paragraph("kubernetes-contributor-blog/sig-storage-spotlight-unlabelled.txt", "Exactly, then there comes");

    private static final String VOLUMES = paragraph(
            "kubernetes-contributor-blog/sig-storage-spotlight-unlabelled.txt", "In Kubernetes, there are multiple");
    private static final String SHORT = paragraph(
            "kubernetes-contributor-blog/sig-storage-spotlight-unlabelled.txt",
            "Yes, there are many different storage");

    @Test
    void printsTheFiguresBehindTheThresholds() {
        for (String text : List.of(RUTTE, RUTTE_DEAL, RUTTE_TRUMP, SHORT, VOLUMES, CSI)) {
            Readability r = Readability.of(text);
            System.out.printf(
                    "%s %s | %s%n",
                    CefrEstimate.of(text, r.sentences()), r.fleschKincaidGrade(), text.substring(0, 60));
        }
    }

    @Test
    void rutteSpokenAnswersAreIntermediateAndTheTechnicalTextIsHarder() {
        CefrEstimate.Result gulf = estimate(RUTTE);
        CefrEstimate.Result deal = estimate(RUTTE_DEAL);
        CefrEstimate.Result volumes = estimate(VOLUMES);
        assertThat(gulf.band()).isEqualTo(Band.A2);
        assertThat(gulf.uncommonShare()).isLessThan(3.0);
        assertThat(deal.band()).isEqualTo(Band.B1);
        assertThat(volumes.band()).isEqualTo(Band.B2);
        assertThat(volumes.uncommonShare()).isGreaterThan(15.0);
        assertThat(volumes.band()).isGreaterThan(deal.band()).isGreaterThan(gulf.band());
    }

    @Test
    void longSentencesRaiseTheBand() {
        assertThat(estimate(CSI).sentenceWords()).isGreaterThan(18);
        assertThat(estimate(CSI).band()).isEqualTo(Band.C1);
        assertThat(estimate(SHORT).band()).isEqualTo(Band.B1);
    }

    @Test
    void namesAreNotVocabulary() {
        CefrEstimate.Result names = CefrEstimate.of("Then Stoltenberg met Zelenskyy and Rutte in Brussels.", 1);
        assertThat(names.countedWords()).isEqualTo(4); // then, met, and, in
        assertThat(names.uncommonShare()).isEqualTo(0.0);
    }

    @Test
    void foldsPlainInflections() {
        assertThat(CefrEstimate.rank("thinks"))
                .isEqualTo(CefrEstimate.rank("think"))
                .isLessThan(100);
        assertThat(CefrEstimate.rank("president’s")).isEqualTo(CefrEstimate.rank("president"));
        assertThat(CefrEstimate.rank("zyzzyvas")).isEqualTo(Integer.MAX_VALUE);
    }

    private static CefrEstimate.Result estimate(String text) {
        return CefrEstimate.of(text, Readability.of(text).sentences());
    }

    private static String paragraph(String file, String start) {
        try {
            return Files.readString(CORPUS.resolve(file))
                    .lines()
                    .filter(l -> l.startsWith(start))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
