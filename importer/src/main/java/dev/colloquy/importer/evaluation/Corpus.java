package dev.colloquy.importer.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real-interview corpus: one folder per source under the corpus folder, each document beside its
 * {@code .gold.json}, and a splits file that puts every source in the development or the held-out part.
 * Loading checks it whole, so an evaluation never runs on half a corpus.
 */
public record Corpus(Path root, List<Entry> entries) {

    public static final String DEV = "dev";
    public static final String TEST = "test";
    private static final String GOLD_SUFFIX = ".gold.json";

    /** One document, its gold and the part of the corpus it belongs to. */
    public record Entry(Path document, GoldDocument gold, String split) {

        /** Where the document comes from, with the media type its file name gives, as the CLI would read it. */
        public dev.colloquy.core.source.Origin origin() {
            dev.colloquy.importer.layout.SourceFormat format =
                    dev.colloquy.importer.layout.SourceFormat.ofFileName(gold.document());
            return new dev.colloquy.core.source.Origin(
                    gold.document(), null, format == null ? null : format.mediaType());
        }
    }

    /** The splits file of a corpus folder unless one is named: {@code splits.tsv} beside it. */
    public static Path splitsBeside(Path corpus) {
        return corpus.toAbsolutePath().getParent().resolve("splits.tsv");
    }

    public Corpus {
        entries = List.copyOf(entries);
    }

    public List<Entry> part(String split) {
        return entries.stream()
                .filter(entry -> split == null || entry.split().equals(split))
                .toList();
    }

    /** Loads every gold file under {@code root}; {@code splits} maps each source folder to dev or test. */
    public static Corpus load(Path root, Path splits) throws CorpusException {
        Map<String, String> splitOf = readSplits(splits);
        List<Entry> entries = new ArrayList<>();
        for (Path goldFile : goldFiles(root)) {
            GoldDocument gold = GoldDocument.read(goldFile);
            Path document = root.resolve(gold.document());
            if (!Files.isRegularFile(document)) {
                throw new CorpusException(
                        goldFile, "field 'document' names " + gold.document() + ", which does not exist");
            }
            String expectedFolder =
                    root.relativize(goldFile.getParent()).toString().replace('\\', '/');
            if (!expectedFolder.equals(gold.sourceName())) {
                throw new CorpusException(goldFile, "field 'document' must lie in its own folder " + expectedFolder);
            }
            String split = splitOf.get(gold.sourceName());
            if (split == null) {
                throw new CorpusException(
                        splits,
                        "no split for source '" + gold.sourceName() + "'; add a line '" + gold.sourceName()
                                + "\tdev' or '\ttest'");
            }
            entries.add(new Entry(document, gold, split));
        }
        if (entries.isEmpty()) {
            throw new CorpusException(root, "holds no " + GOLD_SUFFIX + " files");
        }
        return new Corpus(root, entries);
    }

    private static List<Path> goldFiles(Path root) throws CorpusException {
        if (!Files.isDirectory(root)) {
            throw new CorpusException(root, "is not a folder");
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().endsWith(GOLD_SUFFIX))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new CorpusException(root, "cannot be listed (" + e.getMessage() + ")");
        }
    }

    /** Lines "source&lt;TAB&gt;dev|test"; blank lines and lines starting with # are comments. */
    static Map<String, String> readSplits(Path file) throws CorpusException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new CorpusException(file, "cannot be read (" + e.getMessage() + ")");
        }
        Map<String, String> splits = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length != 2 || !(fields[1].equals(DEV) || fields[1].equals(TEST))) {
                throw new CorpusException(file, i + 1, "expected 'source dev' or 'source test', got '" + line + "'");
            }
            if (splits.put(fields[0], fields[1]) != null) {
                throw new CorpusException(file, i + 1, "source '" + fields[0] + "' is listed twice");
            }
        }
        return splits;
    }
}
