package dev.colloquy.importer.entity.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.importer.evaluation.EntityScores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped name model is the one {@code train-names} made from the committed training data: the digests
 * and held-out counts it recorded in {@code names-en.figures.tsv} hold for the files in the repository, and the
 * model finds names with their types in text it never saw.
 */
class NameModelTest {

    private static final Path DATA = Path.of("src", "train", "ner");
    private static final Path MODEL = Path.of("src", "main", "resources", "entity", "names-en.bin");

    @Test
    void theShippedModelIsTheOneTrainedOnTheCommittedData() throws IOException {
        Map<String, String> recorded = recorded();
        List<Path> files = NameModelTraining.trainingFiles(DATA);
        assertThat(String.join(
                        " ", files.stream().map(p -> p.getFileName().toString()).toList()))
                .as("the training files changed since the model was trained: run train-names")
                .isEqualTo(recorded.get("training-files"));
        assertThat(NameModelTraining.sha256(NameModelTraining.trainingText(files)))
                .as("the training data changed since the model was trained: run train-names")
                .isEqualTo(recorded.get("training-data-sha256"));
        assertThat(NameModelTraining.sha256(MODEL))
                .as("the shipped model is not the one train-names recorded")
                .isEqualTo(recorded.get("model-sha256"));
    }

    @Test
    void theShippedModelReachesTheRecordedCountsOnTheHeldOutPart() throws IOException {
        Map<String, String> recorded = recorded();
        EntityScores scores = NameModelTraining.score(NameModel.standard(), DATA.resolve(NameModelTraining.HELD_OUT));
        for (EntityType type : EntityScores.TYPES) {
            EntityScores.Counts counts = scores.of(type);
            assertThat(counts.right() + "\t" + counts.predicted() + "\t" + counts.gold())
                    .as(type.name())
                    .isEqualTo(recorded.get(type.name()));
        }
    }

    @Test
    void findsPeoplePlacesAndBodiesInNewText() {
        // From the GUM-independent corpus (kubernetes-contributor-blog, development part), lightly shortened.
        String text = "In this SIG CLI Spotlight, Arpit Agrawal talked with Katrina Verey and Maciej Szulik."
                + " I studied at the University of Helsinki before I moved to Berlin.";
        List<String> found = NameModel.standard().finder().find(text, 0, text.length()).stream()
                .map(name -> text.substring(name.span().start(), name.span().end()) + " " + name.type())
                .toList();
        // It misses "Arpit Agrawal" here: the model is far from perfect (see EVALUATION.md), but what it reads
        // as names are names with the right type.
        assertThat(found)
                .contains(
                        "Katrina Verey PERSON",
                        "Maciej Szulik PERSON",
                        "University of Helsinki ORGANIZATION",
                        "Berlin LOCATION");
    }

    private static Map<String, String> recorded() throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(DATA.resolve(NameModelTraining.FIGURES), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int tab = line.indexOf('\t');
                values.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return values;
    }
}
