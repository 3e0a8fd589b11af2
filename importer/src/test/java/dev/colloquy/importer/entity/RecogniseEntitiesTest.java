package dev.colloquy.importer.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.entity.Entity;
import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.entity.Mention;
import dev.colloquy.importer.StageFixtures;
import dev.colloquy.importer.document.WorkingDocument;
import org.junit.jupiter.api.Test;

class RecogniseEntitiesTest {

    @Test
    void findsThePeoplePlacesAndBodiesOfTheSampleWithTheirMentions() throws Exception {
        WorkingDocument document = StageFixtures.sampleBefore(RecogniseEntities.class);
        assertThat(document.entities()).isEmpty();

        new RecogniseEntities().apply(document);

        Entity rutte = named(document, "Mark Rutte");
        assertThat(rutte.type()).isEqualTo(EntityType.PERSON);
        assertThat(rutte.aliases()).contains("Rutte");
        assertThat(rutte.mentions())
                .extracting(mention -> mention.text().text())
                .contains("Rutte", "Mark Rutte");
        assertThat(named(document, "Dmitry Medvedev").type()).isEqualTo(EntityType.PERSON);
        assertThat(named(document, "The Hague").type()).isEqualTo(EntityType.LOCATION);
        assertThat(named(document, "NATO").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(document, "Al Majalla").type()).isEqualTo(EntityType.ORGANIZATION);
        // demonyms and sentence openers are never entities
        assertThat(document.entities()).extracting(Entity::name).doesNotContain("Russian", "However", "Well");
    }

    @Test
    void everyMentionIsTheSourceAtItsSpanAndKnowsItsExchange() throws Exception {
        WorkingDocument document = StageFixtures.sampleBefore(RecogniseEntities.class);
        new RecogniseEntities().apply(document);

        for (Entity entity : document.entities()) {
            for (Mention mention : entity.mentions()) {
                assertThat(document.text()
                                .substring(
                                        mention.text().start(), mention.text().end()))
                        .isEqualTo(mention.text().text());
            }
        }
        // the lead names Medvedev in the article's own prose, outside any exchange
        assertThat(named(document, "Dmitry Medvedev").mentions()).anyMatch(mention -> mention.exchange() == null);
        assertThat(named(document, "NATO").mentions()).anyMatch(mention -> mention.exchange() != null);
    }

    private static Entity named(WorkingDocument document, String name) {
        return document.entities().stream()
                .filter(entity -> entity.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among "
                        + document.entities().stream().map(Entity::name).toList()));
    }
}
