package dev.colloquy.importer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.importer.evaluation.GoldDocument.GoldExchange;
import dev.colloquy.importer.transcript.TurnSequence.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldRolesTest {

    private static final GoldDocument GOLD = new GoldDocument(
            "o/a.txt",
            "o",
            "CC0",
            null,
            "text",
            "unlabelled",
            "A",
            List.of("Ann"),
            List.of(),
            null,
            List.of(new GoldExchange("Why bees?", "Because they"), new GoldExchange("And honey?", "Only in autumn.")));

    @Test
    void paragraphsCarryOnTheTurnTheirGoldBoundaryOpened() {
        List<Role> roles = GoldRoles.of(
                GOLD,
                List.of(
                        "Ann keeps bees.",
                        "Why bees?",
                        "Because they dance.",
                        "They also sting.",
                        "And honey?",
                        "Only in autumn."));
        assertThat(roles)
                .containsExactly(Role.LEAD, Role.QUESTION, Role.ANSWER, Role.ANSWER, Role.QUESTION, Role.ANSWER);
    }

    @Test
    void aGoldThatDoesNotFitTheParagraphsGivesNothing() {
        assertThat(GoldRoles.of(GOLD, List.of("Why bees? Because they dance.", "And honey?", "Only in autumn.")))
                .isNull();
    }
}
