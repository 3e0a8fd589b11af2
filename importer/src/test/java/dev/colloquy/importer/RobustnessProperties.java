package dev.colloquy.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.exchange.Turn;
import dev.colloquy.core.source.Origin;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.core.text.Span;
import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.layout.SourceFormat;
import dev.colloquy.importer.pipeline.Pipeline;
import dev.colloquy.importer.source.SourceDecoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The importer on documents nobody would write: the sample and our test interviews with paragraphs dropped,
 * doubled and shuffled, random Unicode spliced in, bytes flipped, line breaks changed, byte-order marks
 * added; and plain random text and bytes. Whatever comes in, the import ends in an article or an
 * {@link ImportException} (never an internal error), every span lies inside the text, the blocks are in
 * order without overlap, and together they hold all the document's content.
 */
class RobustnessProperties {

    static final List<String> SEEDS = List.of(
            "harbour-gazette-chef.txt",
            "science-weekly-astronomer.txt",
            "valley-post-beekeeper.txt",
            "ridge-review-cyclist.txt",
            "civic-forum-architect.txt",
            "polar-notes-glaciologist.txt",
            "night-shift-radio-potter.txt",
            "harbour-council-press-conference.txt",
            "meridian-weekly-ceramicist.html",
            "tidewater-journal-oceanographer.md");

    /** A file's name (its extension chooses the format) and its bytes. */
    record Input(String name, byte[] bytes) {
        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return name + " (" + bytes.length + " bytes): "
                    + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    @Property(tries = 250)
    void mutatedInterviewsImportCleanly(@ForAll("mutatedInterviews") Input input) {
        assertImportsCleanly(input);
    }

    @Property(tries = 150)
    void randomTextAndBytesImportCleanly(@ForAll("randomInputs") Input input) {
        assertImportsCleanly(input);
    }

    @Provide
    Arbitrary<Input> mutatedInterviews() {
        List<String[]> seeds = new ArrayList<>();
        seeds.add(new String[] {"al-majalla-rutte-interview.txt", TestDocuments.sampleText()});
        for (String seed : SEEDS) {
            seeds.add(new String[] {seed, TestDocuments.resource("interviews/" + seed)});
        }
        return Arbitraries.randomValue(random -> {
            String[] seed = seeds.get(random.nextInt(seeds.size()));
            return new Input(seed[0], Mutations.mutate(seed[1], random));
        });
    }

    @Provide
    Arbitrary<Input> randomInputs() {
        Arbitrary<Input> text = Arbitraries.strings()
                .all()
                .ofMaxLength(400)
                .map(string -> new Input("random.txt", string.getBytes(StandardCharsets.UTF_8)));
        Arbitrary<Input> markup = Arbitraries.strings()
                .withChars("<>/=\"'&;#*_[]()!-: \n\tabpQA?.")
                .ofMaxLength(300)
                .flatMap(string -> Arbitraries.of("random.html", "random.md")
                        .map(name -> new Input(name, string.getBytes(StandardCharsets.UTF_8))));
        Arbitrary<Input> bytes =
                Arbitraries.bytes().array(byte[].class).ofMaxSize(400).map(array -> new Input("random.txt", array));
        return Arbitraries.oneOf(text, markup, bytes);
    }

    static void assertImportsCleanly(Input input) {
        Origin origin = new Origin(
                input.name(), null, SourceFormat.ofFileName(input.name()).mediaType());
        ParsedArticle parsed;
        try {
            parsed = Importer.standard().parse(input.bytes(), origin);
        } catch (ImportException refused) {
            assertThat(refused.getMessage())
                    .as("a clear refusal, not a defect")
                    .doesNotContain("internal error")
                    .doesNotContain("\n");
            return;
        }
        String text = parsed.source().text();
        for (Exchange exchange : parsed.interview().exchanges()) {
            for (Turn turn : List.of(exchange.question(), exchange.answer())) {
                for (SpannedText paragraph : turn.paragraphs()) {
                    assertThat(paragraph.end()).isLessThanOrEqualTo(text.length());
                }
            }
        }
        assertBlocksCoverTheContent(input, origin);
    }

    /** The block splitters' promise: ordered, disjoint spans that together hold every visible character. */
    static void assertBlocksCoverTheContent(Input input, Origin origin) {
        SourceDocument source;
        WorkingDocument document;
        try {
            source = SourceDecoder.decode(input.bytes(), origin);
            document = Pipeline.blocksOnly().annotate(source);
        } catch (ImportException refused) {
            throw new AssertionError("the import accepted what the splitter refuses: " + refused.getMessage());
        }
        String text = source.text();
        Span previous = new Span(0, 0);
        StringBuilder content = new StringBuilder();
        for (Block block : document.blocks()) {
            Span span = block.span();
            assertThat(span.end()).as("inside the text").isLessThanOrEqualTo(text.length());
            assertThat(span.start())
                    .as("after the block before, without overlap")
                    .isGreaterThanOrEqualTo(previous.end());
            assertThat(InterviewShapesTest.isDrawnFrom(block.text(), text.substring(span.start(), span.end())))
                    .as("block text drawn from its span: %s", block)
                    .isTrue();
            content.append(block.text());
            previous = span;
        }
        if (document.format() == SourceFormat.TEXT) {
            assertThat(nonWhitespace(content)).as("all the content, in order").isEqualTo(nonWhitespace(text));
        }
    }

    private static String nonWhitespace(CharSequence text) {
        StringBuilder out = new StringBuilder();
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != 0x200b && c != 0xfeff)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Ways of damaging a document that real files show: edits, bad splices, encodings, line breaks. */
    static final class Mutations {

        private Mutations() {}

        static byte[] mutate(String text, Random random) {
            List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\n", -1)));
            int edits = 1 + random.nextInt(4);
            for (int i = 0; i < edits && !paragraphs.isEmpty(); i++) {
                int at = random.nextInt(paragraphs.size());
                switch (random.nextInt(7)) {
                    case 0 -> paragraphs.remove(at);
                    case 1 -> paragraphs.add(at, paragraphs.get(random.nextInt(paragraphs.size())));
                    case 2 -> Collections.shuffle(paragraphs, random);
                    case 3 -> paragraphs.set(at, splice(paragraphs.get(at), randomUnicode(random), random));
                    case 4 -> paragraphs.add(at, randomUnicode(random));
                    case 5 ->
                        paragraphs.set(
                                at,
                                paragraphs
                                        .get(at)
                                        .substring(
                                                0,
                                                random.nextInt(
                                                        paragraphs.get(at).length() + 1)));
                    default -> paragraphs.set(at, splice(paragraphs.get(at), "\n\n", random));
                }
            }
            String mutated = String.join("\n\n", paragraphs);
            if (random.nextInt(5) == 0) {
                mutated = mutated.replace("\n", "\r\n");
            }
            byte[] bytes = mutated.getBytes(StandardCharsets.UTF_8);
            switch (random.nextInt(8)) {
                case 0 -> {
                    for (int i = 0; i < 1 + random.nextInt(5) && bytes.length > 0; i++) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    }
                }
                case 1 -> bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
                case 2 ->
                    bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, mutated.getBytes(StandardCharsets.UTF_16LE));
                case 3 -> bytes = mutated.getBytes(java.nio.charset.Charset.forName("windows-1252"));
                default -> {}
            }
            return bytes;
        }

        private static String splice(String paragraph, String insert, Random random) {
            int at = random.nextInt(paragraph.length() + 1);
            return paragraph.substring(0, at) + insert + paragraph.substring(at);
        }

        /** Letters of many scripts, marks, emoji, controls, lone surrogates, markup characters. */
        static String randomUnicode(Random random) {
            StringBuilder out = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                switch (random.nextInt(6)) {
                    case 0 -> out.appendCodePoint(0x20 + random.nextInt(0x5f));
                    case 1 -> out.appendCodePoint(0xa0 + random.nextInt(0x2000));
                    case 2 -> out.appendCodePoint(0x1f300 + random.nextInt(0x300));
                    case 3 -> out.append((char) (0xd800 + random.nextInt(0x800)));
                    case 4 -> out.append("<>&;:*_[]()?\n#-|".charAt(random.nextInt(16)));
                    default -> out.appendCodePoint(random.nextInt(0x20));
                }
            }
            return out.toString();
        }

        private static byte[] concat(byte[] first, byte[] second) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(first);
            out.writeBytes(second);
            return out.toByteArray();
        }
    }
}
