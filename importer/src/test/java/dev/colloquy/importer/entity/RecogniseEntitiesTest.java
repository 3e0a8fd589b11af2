package dev.colloquy.importer.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.entity.Entity;
import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.entity.Mention;
import dev.colloquy.importer.StageFixtures;
import dev.colloquy.importer.TestDocuments;
import dev.colloquy.importer.document.WorkingDocument;
import java.util.List;
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
    void twoNamesJoinedByAndAreTwoEntitiesButANameWithAnInnerAndStaysWhole() throws Exception {
        // Development corpus: an rOpenSci profile names two institutes in one breath; a briefing names a department
        // whose own name holds "and".
        List<String> institutes = entityNames("ropensci-blog/2018-01-12-rprofile-karthik-ram.md");
        assertThat(institutes)
                .contains("Berkeley Institute for Data Science", "Berkeley Institute for Global Change Biology")
                .noneMatch(name -> name.contains(" and "));
        assertThat(entityNames(
                        "wh-briefings-2022/2022-05-04-press-briefing-by-press-secretary-jen-psaki-may-4-2022-2.md"))
                .contains("Department of Health and Human Services");
    }

    private static List<String> entityNames(String corpusFile) throws Exception {
        return TestDocuments.parseCorpusFile(corpusFile).entities().stream()
                .map(Entity::name)
                .toList();
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

    @Test
    void readsListedSoftwareAndCompaniesIncludingLowerCaseNames() throws Exception {
        WorkingDocument document = StageFixtures.before(RecogniseEntities.class, "tools.txt", """
                Interview with a maintainer

                Q: What do you work on?

                A: Mostly pytest and scikit-learn. I write Go and Python every day, and I moved our docs from \
                github to Hugo last year.

                Q: And before that?

                A: I worked for PayPal, where we ran Kubernetes with Prometheus.
                """);
        new RecogniseEntities().apply(document);

        assertThat(named(document, "pytest").type()).isEqualTo(EntityType.PRODUCT);
        assertThat(named(document, "scikit-learn").type()).isEqualTo(EntityType.PRODUCT);
        assertThat(named(document, "Go").type()).isEqualTo(EntityType.PRODUCT);
        assertThat(named(document, "Python").type()).isEqualTo(EntityType.PRODUCT);
        assertThat(named(document, "Kubernetes").type()).isEqualTo(EntityType.PRODUCT);
        assertThat(named(document, "PayPal").type()).isEqualTo(EntityType.ORGANIZATION);
        // a listed name in another case keeps its canonical form, and the written form is an alias
        assertThat(named(document, "GitHub").aliases()).contains("github");
    }

    @Test
    void aListedWordOpeningOnePersonsNameAndACurlyApostropheJoinThatPerson() throws Exception {
        // Development corpus: "why R brings Julia joy" in an interview of Dr. Julia Silge (Julia is also a language),
        // and "O’Briant" beside "Kelly O'Briant" written with a typewriter apostrophe.
        List<Entity> entities = TestDocuments.parseCorpusFile("ropensci-blog/2018-06-08-rprofile-julia-silge.md")
                .entities();
        assertThat(entities).extracting(Entity::name).doesNotContain("Julia", "O’Briant");
        assertThat(entities)
                .filteredOn(entity -> entity.name().equals("Julia Silge"))
                .singleElement()
                .satisfies(entity -> assertThat(entity.aliases()).contains("Julia"));
        assertThat(entities)
                .filteredOn(entity -> entity.name().equals("Kelly O'Briant"))
                .singleElement()
                .satisfies(entity -> assertThat(entity.aliases()).contains("O’Briant"));
    }

    @Test
    void aLinkWhoseTextNamesTheRepositoryItPointsAtIsAProduct() throws Exception {
        // Development corpus: SIG CLI's spotlight links its tools to their repositories, in lower case and in
        // backticks; none of them is in the reference lists.
        List<Entity> entities = TestDocuments.parseCorpusFile("kubernetes-contributor-blog/sig-cli-spotlight.md")
                .entities();
        assertThat(entities)
                .filteredOn(entity -> List.of("kubectl", "krew", "Kustomize").contains(entity.name()))
                .hasSize(3)
                .extracting(Entity::type)
                .containsOnly(EntityType.PRODUCT);

        WorkingDocument document = StageFixtures.before(RecogniseEntities.class, "links.md", """
                # Interview with a maintainer

                **Q: Where do you start?**

                I read the [website](https://github.com/example/website), then [Glimmer](https://glimmer.dev) \
                and [`tidyframe`](https://github.com/someone/tidyframe/).
                """);
        new RecogniseEntities().apply(document);

        assertThat(named(document, "tidyframe").type()).isEqualTo(EntityType.PRODUCT);
        // a repository named for what it holds, and a link to no code host, say nothing of a product
        assertThat(document.entities())
                .filteredOn(entity -> entity.type() == EntityType.PRODUCT)
                .extracting(Entity::name)
                .doesNotContain("website", "Glimmer");
    }

    @Test
    void aBrandIsAProductOrItsCompanyAsTheWordsAroundItSay() throws Exception {
        WorkingDocument document = StageFixtures.before(RecogniseEntities.class, "brands.txt", """
                Interview with a game developer

                Q: Where does the game run?

                A: I develop it on Linux, and it ships for Windows, macOS and Linux. My first choice was the \
                Unity engine. Before that I worked at Intel, and Intel employees taught me a lot.

                Q: And your friends?

                A: Most of them work for Sony.
                """);
        new RecogniseEntities().apply(document);

        assertThat(named(document, "Linux").type()).isEqualTo(EntityType.PRODUCT);
        // a brand listed beside a product is one too
        assertThat(named(document, "macOS").type()).isEqualTo(EntityType.PRODUCT);
        assertThat(named(document, "Unity").type()).isEqualTo(EntityType.PRODUCT);
        assertThat(named(document, "Intel").type()).isEqualTo(EntityType.ORGANIZATION);
        // no word says which: the company
        assertThat(named(document, "Sony").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aPersonTheModelReadsFromAListedProductAndTheWordAfterItIsNoPerson() throws Exception {
        // Development corpus: "CLIs that interact with Kubernetes APIs".
        assertThat(TestDocuments.parseCorpusFile("kubernetes-contributor-blog/sig-cli-spotlight.md")
                        .entities())
                .filteredOn(entity -> entity.type() == EntityType.PERSON)
                .extracting(Entity::name)
                .noneMatch(name -> name.startsWith("Kubernetes"));
    }

    @Test
    void aListedProductNamedLikeAPersonsSurnameIsThatPersonInTheirArticle() throws Exception {
        // Stan is also a programming language in the reference lists (GUM's cocktail interview has this shape).
        WorkingDocument document = StageFixtures.before(RecogniseEntities.class, "bar.txt", """
                A drink named after a senator

                The bar is co-owned by Jonathan M. Stan. Stan commented on the new cocktail, "We will keep it."

                Q: Who orders it?

                A: Mostly students, and Stan makes every one himself.
                """);
        new RecogniseEntities().apply(document);

        assertThat(named(document, "Jonathan M. Stan").aliases()).contains("Stan");
        assertThat(document.entities()).extracting(Entity::name).doesNotContain("Stan");
    }

    @Test
    void aListedNameThatIsAlsoAnOrdinaryWordCountsOnlyCapitalisedInsideASentence() throws Exception {
        WorkingDocument document = StageFixtures.before(RecogniseEntities.class, "plain.txt", """
                Interview with a baker

                Q: How do you start the day?

                A: Go to the market first. We cut the dough into a square and let it rest.
                """);
        new RecogniseEntities().apply(document);

        assertThat(document.entities()).extracting(Entity::name).doesNotContain("Go", "Square");
    }

    @Test
    void aGivenNameMakesAPersonInitialsJoinTheirNameAndAnOrganisationWordMakesAnOrganisation() throws Exception {
        WorkingDocument document = StageFixtures.before(RecogniseEntities.class, "people.txt", """
                Interview with the docs team

                Q: Who keeps the site running?

                A: Celeste Horgan wrote most of the guides, and Divya Mohan (DM) reviews them. Thanks, Karen, \
                for the question. Before that I worked at the Bureau of Meteorology in Melbourne.
                """);
        new RecogniseEntities().apply(document);

        assertThat(named(document, "Celeste Horgan").type()).isEqualTo(EntityType.PERSON);
        assertThat(named(document, "Karen").type()).isEqualTo(EntityType.PERSON);
        assertThat(named(document, "Divya Mohan").aliases()).contains("DM");
        // an organisation word at the head of the model's name makes it an organisation, whatever the model said
        assertThat(named(document, "Bureau of Meteorology").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    private static Entity named(WorkingDocument document, String name) {
        return document.entities().stream()
                .filter(entity -> entity.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among "
                        + document.entities().stream().map(Entity::name).toList()));
    }
}
