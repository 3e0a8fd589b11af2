package dev.colloquy.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract against the real service: the packaged api, started on the sample corpus. The committed
 * schema must be what the service serves, every operation must answer with the shape it asks for and real
 * content, and each answer must be its committed fixture. With -Dcontract.update=true the files are
 * rewritten from the service instead of compared.
 */
class ServedContractTest {

    /** Fixtures look like JSON.stringify(answer, null, 2), the form frontend developers read and diff. */
    private static final ObjectWriter JSON = new ObjectMapper()
            .writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withArrayEmptySeparator("")
                            .withObjectEmptySeparator("")));

    private static final ContractFiles FILES = ContractFiles.fromBuild();
    private static ServedApi api;
    private static OperationRunner runner;

    @BeforeAll
    static void startService() throws Exception {
        long started = System.nanoTime();
        api = ServedApi.start(
                Path.of(System.getProperty("contract.service.jar", "../api/target/quarkus-app/quarkus-run.jar")),
                Path.of(System.getProperty("contract.work.dir", "target/contract-service")));
        System.out.printf("contract: service healthy after %d ms%n", (System.nanoTime() - started) / 1_000_000);
        runner = new OperationRunner(FILES.operations(), api::execute);
    }

    @AfterAll
    static void stopService() throws Exception {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void theCommittedSchemaIsTheServedOne() {
        String served = api.schemaSdl();
        if (ContractFiles.updating()) {
            ContractFiles.write(FILES.schema(), served);
            System.out.println("contract: wrote " + FILES.schema());
            return;
        }
        StaleFile.check("schema.graphql", ContractFiles.read(FILES.schema()), served)
                .ifPresent(message -> fail(message));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersOnTheSampleCorpus() {
        return FILES.operations().stream()
                .map(operation -> DynamicTest.dynamicTest(operation.name(), () -> {
                    JsonNode answer = runner.answer(operation.name());
                    AnswerShape.Result shape = AnswerShape.check(operation, answer);
                    assertThat(shape.problems())
                            .as("%s with variables %s", operation.name(), runner.variables(operation.name()))
                            .isEmpty();
                    System.out.printf("contract: %s answered %d values%n", operation.name(), shape.values());
                    fixture(operation.name(), answer);
                }));
    }

    @Test
    void noFixtureOutlivesItsOperation() throws Exception {
        List<String> operations =
                FILES.operations().stream().map(Operation::name).toList();
        List<Path> orphans = FILES.fixtures().stream()
                .filter(f -> !operations.contains(f.getFileName().toString().replaceFirst("\\.json$", "")))
                .toList();
        if (ContractFiles.updating()) {
            // An update rewrites the fixtures as a whole, so the answer of a removed operation goes too.
            for (Path orphan : orphans) {
                Files.delete(orphan);
            }
            return;
        }
        assertThat(orphans).as("fixtures without an operation").isEmpty();
    }

    private static void fixture(String name, JsonNode answer) throws Exception {
        String served = JSON.writeValueAsString(answer) + "\n";
        Path file = FILES.fixture(name);
        if (ContractFiles.updating()) {
            ContractFiles.write(file, served);
            return;
        }
        if (!file.toFile().exists()) {
            fail("fixtures/" + name + ".json is missing: run `" + StaleFile.UPDATE_COMMAND + "` and commit it");
        }
        StaleFile.check("fixtures/" + name + ".json", ContractFiles.read(file), served)
                .ifPresent(m -> fail(m));
    }

    // What the reader frontend relies on beyond the shape, on the sample corpus.

    @Test
    void theInterviewReaderPagesThroughTheTranscriptInOrder() {
        JsonNode exchanges = runner.answer("InterviewReader").at("/data/article/interview/exchanges");
        List<Integer> ordinals = new ArrayList<>();
        exchanges
                .path("edges")
                .forEach(edge -> ordinals.add(edge.at("/node/ordinal").asInt()));

        assertThat(ordinals).containsExactly(1, 2, 3, 4, 5);
        assertThat(exchanges.path("totalCount").asInt()).isGreaterThan(5);
        assertThat(exchanges.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        System.out.printf(
                "contract: InterviewReader: first page %s of %d exchanges%n",
                ordinals, exchanges.path("totalCount").asInt());
    }

    @Test
    void anExchangeLinksToItsNeighboursAndCarriesEntitiesAndQuotes() {
        JsonNode exchange = runner.answer("ExchangeDetail").at("/data/exchange");
        int ordinal = exchange.path("ordinal").asInt();

        assertThat(exchange.at("/previous/ordinal").asInt()).isEqualTo(ordinal - 1);
        assertThat(exchange.at("/next/ordinal").asInt()).isEqualTo(ordinal + 1);
        assertThat(exchange.path("entities")).isNotEmpty();
        assertThat(exchange.path("quotes")).isNotEmpty();
        System.out.printf(
                "contract: ExchangeDetail: exchange %d, %d entities, %d quotes%n",
                ordinal,
                exchange.path("entities").size(),
                exchange.path("quotes").size());
    }

    @Test
    void quotesBySpeakerAreAllTheSpeakers() {
        JsonNode quotes = runner.answer("QuotesBySpeaker").at("/data/quotes");
        String speaker = runner.variables("QuotesBySpeaker").path("speaker").asText();

        quotes.path("edges")
                .forEach(edge ->
                        assertThat(edge.at("/node/speaker/name").asText()).isEqualTo(speaker));
        System.out.printf(
                "contract: QuotesBySpeaker: %d quotes of %s%n",
                quotes.path("totalCount").asInt(), speaker);
    }

    @Test
    void anEntityPageListsTheExchangeItWasReachedFrom() {
        String exchangeId =
                runner.answer("ExchangeDetail").at("/data/exchange/id").asText();
        JsonNode entity = runner.answer("EntityPage").at("/data/entity");
        List<String> ids = new ArrayList<>();
        entity.at("/exchanges/edges")
                .forEach(edge -> ids.add(edge.at("/node/id").asText()));

        assertThat(ids).contains(exchangeId);
        System.out.printf(
                "contract: EntityPage: %s (%s) is mentioned %d times, in %d exchanges%n",
                entity.path("name").asText(),
                entity.path("type").asText(),
                entity.path("mentionCount").asInt(),
                entity.at("/exchanges/totalCount").asInt());
    }
}
