package dev.colloquy.importer.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The evaluation as Markdown: held-out and development figures always apart, then tables per layout and
 * per source, then every document with the first thing it got wrong, so that a developer reading a
 * regression knows which file to open.
 */
public final class EvaluationReport {

    private static final String HEADER = "| documents | exact | boundary P | boundary R | boundary F1 | headline"
            + " | interviewee | interviewer | publication | right at confidence ≥ 0.9 | wrong documents warned | rejected |";
    private static final String RULE = "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    private EvaluationReport() {}

    public static String render(List<DocumentScore> scores, String commit) {
        return render(scores, commit, null);
    }

    /**
     * The report, with the name model's own scores on GUM's held-out test part when {@code gumTest} is given.
     */
    public static String render(List<DocumentScore> scores, String commit, EntityScores gumTest) {
        StringBuilder out = new StringBuilder();
        out.append("# Importer evaluation\n\n");
        out.append("Measured on commit `")
                .append(commit)
                .append("` with `./mvnw -B -pl core,importer -Pevaluate verify`")
                .append(" (or `colloquy-importer evaluate evaluation/corpus`). The corpus, its gold and the split are")
                .append(" described in `evaluation/`. **Held-out** documents come from sources that are never used to")
                .append(
                        " tune the importer or fit its weights; **development** documents are tuned on. Earlier figures,")
                .append(" and the importer's before the corpus existed, are in `evaluation/HISTORY.md`.\n\n");
        out.append("## Summary\n\n| part ")
                .append(HEADER)
                .append("\n|---")
                .append(RULE)
                .append('\n');
        summaryRow(out, "**held-out (test)**", part(scores, Corpus.TEST));
        summaryRow(out, "development", part(scores, Corpus.DEV));
        out.append("\nTargets on the held-out part: exact ≥ 90 %, boundary F1 ≥ 0.97, headline and interviewee ≥ 95 %,")
                .append(" publication ≥ 90 %, ≥ 97 % right at confidence ≥ 0.9, every wrong document warned.\n");
        entities(out, scores, gumTest);
        quotes(out, scores);
        grouped(out, "By layout", scores, score -> score.gold().layout());
        grouped(out, "By format", scores, score -> score.gold().format());
        grouped(out, "By source", scores, score -> score.gold().sourceName());
        documents(out, scores);
        return out.toString();
    }

    private static void entities(StringBuilder out, List<DocumentScore> scores, EntityScores gumTest) {
        out.append("\n## Entities\n\n")
                .append(
                        "The documents whose gold lists their entities (`entities` in GOLD-FORMAT.md), scored at the level")
                .append(
                        " of the document: a reported entity is right when it has the gold type and shares a form (name or")
                .append(
                        " alias) with a gold entity; a gold entity is found when a right entity matches it. P, R and F1 by")
                .append(" type, with the type's gold count in brackets.\n\n")
                .append(EntityScores.header("part"))
                .append('\n');
        for (String split : List.of(Corpus.TEST, Corpus.DEV)) {
            EntityScores total = new EntityScores();
            List<DocumentScore> annotated = part(scores, split).stream()
                    .filter(score -> score.entities() != null)
                    .toList();
            annotated.forEach(score -> total.addAll(score.entities()));
            String label = split.equals(Corpus.TEST) ? "**held-out (test)**" : "development";
            out.append(total.row(label + ", " + annotated.size() + " documents"))
                    .append('\n');
        }
        if (gumTest != null) {
            out.append(gumTest.row("GUM test part (held out from training), name model alone, exact spans"))
                    .append('\n');
        }
        out.append("\n").append(EntityScores.header("document")).append('\n');
        for (DocumentScore score : scores) {
            if (score.entities() != null) {
                String part = score.split().equals(Corpus.TEST) ? "held-out" : "dev";
                out.append(score.entities().row(score.gold().document() + " (" + part + ")"))
                        .append('\n');
            }
        }
    }

    private static void quotes(StringBuilder out, List<DocumentScore> scores) {
        out.append("\n## Quotes\n\n")
                .append(
                        "The documents whose gold lists their quotes (`quotes` in GOLD-FORMAT.md). **Found**: gold quotes")
                .append(" that a reported quote holds at least half of; **right speaker**: gold quotes found with the")
                .append(" gold speaker (or none when the gold names none); **precision**: reported quotes that match a")
                .append(
                        " gold quote, borderline passages (`quotesEitherWay`) left out; **alignment**: pull and narrative")
                .append(
                        " quotes of an interviewee found and linked to the gold's exchange (or to none). Found, speaker")
                .append(" and alignment go by the gold's kind, precision by the kind the importer reported.\n\n")
                .append(QuoteScores.header("part · kind"))
                .append('\n');
        for (String split : List.of(Corpus.TEST, Corpus.DEV)) {
            QuoteScores total = new QuoteScores();
            List<DocumentScore> annotated = part(scores, split).stream()
                    .filter(score -> score.quotes() != null)
                    .toList();
            annotated.forEach(score -> total.addAll(score.quotes()));
            String label = (split.equals(Corpus.TEST) ? "**held-out (test)**" : "development") + ", " + annotated.size()
                    + " documents";
            out.append(QuoteScores.row(label + " · all", total.overall())).append('\n');
            for (dev.colloquy.core.quote.QuoteKind kind : QuoteScores.KINDS) {
                out.append(QuoteScores.row(label + " · " + kind, total.of(kind)))
                        .append('\n');
            }
        }
        out.append("\nTargets on the held-out part: found, right speaker and precision ≥ 0.85, alignment ≥ 0.80.\n\n")
                .append("| document | gold quotes | found (recall) | right speaker | precision | alignment")
                .append(" | what went wrong (development documents only) |\n|---|---:|---:|---:|---:|---:|---|\n");
        for (DocumentScore score : scores) {
            if (score.quotes() != null) {
                boolean dev = score.split().equals(Corpus.DEV);
                String row = QuoteScores.row(
                        score.gold().document() + " (" + (dev ? "dev" : "held-out") + ")",
                        score.quotes().overall());
                String misses = dev ? cell(String.join("; ", score.quotes().misses()), 400) : "";
                out.append(row).append(' ').append(misses).append(" |\n");
            }
        }
    }

    private static List<DocumentScore> part(List<DocumentScore> scores, String split) {
        return scores.stream().filter(score -> score.split().equals(split)).toList();
    }

    private static void grouped(
            StringBuilder out, String title, List<DocumentScore> scores, Function<DocumentScore, String> key) {
        out.append("\n## ")
                .append(title)
                .append("\n\n| part | group ")
                .append(HEADER)
                .append("\n|---|---")
                .append(RULE)
                .append('\n');
        for (String split : List.of(Corpus.TEST, Corpus.DEV)) {
            Map<String, List<DocumentScore>> groups =
                    part(scores, split).stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
            groups.forEach((group, members) -> summaryRow(
                    out, (split.equals(Corpus.TEST) ? "held-out" : "dev") + " | " + group, Summary.of(members)));
        }
    }

    private static void summaryRow(StringBuilder out, String label, List<DocumentScore> scores) {
        summaryRow(out, label, Summary.of(scores));
    }

    private static void summaryRow(StringBuilder out, String label, Summary s) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        cells.add(String.valueOf(s.documents()));
        cells.add(ratio(s.exact(), s.documents()));
        cells.add(decimal(s.precision()));
        cells.add(decimal(s.recall()));
        cells.add(decimal(s.f1()));
        cells.add(ratio(s.headlines(), s.documents()));
        cells.add(ratio(s.interviewees(), s.documents()));
        cells.add(ratio(s.interviewers(), s.documents()));
        cells.add(ratio(s.publications(), s.documents()));
        cells.add(ratio(s.confidentRight(), s.confidentExchanges()));
        cells.add(ratio(s.wrongDocumentsWarned(), s.wrongDocuments()));
        cells.add(String.valueOf(s.rejected()));
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private static void documents(StringBuilder out, List<DocumentScore> scores) {
        out.append(
                        "\n## Documents\n\n| document | part | layout | exchanges (gold / read) | exact | warned | boundary F1")
                .append(" | headline | interviewee | interviewer | publication | first miss |\n")
                .append("|---|---|---|---:|---|---|---:|---|---|---|---|---|\n");
        for (DocumentScore score : scores) {
            Summary s = Summary.of(List.of(score));
            out.append("| ")
                    .append(score.gold().document())
                    .append(score.gold().derived() ? " (derived)" : "")
                    .append(" | ")
                    .append(score.split())
                    .append(" | ")
                    .append(score.gold().layout())
                    .append(" | ")
                    .append(score.goldExchanges())
                    .append(" / ")
                    .append(score.predictedExchanges())
                    .append(" | ")
                    .append(score.exact() ? "yes" : "**no**")
                    .append(" | ")
                    .append(score.warned() ? "warned" : "")
                    .append(" | ")
                    .append(decimal(s.f1()))
                    .append(" | ")
                    .append(field(score.headline()))
                    .append(" | ")
                    .append(field(score.interviewee()))
                    .append(" | ")
                    .append(field(score.interviewer()))
                    .append(" | ")
                    .append(field(score.publication()))
                    .append(" | ")
                    .append(score.firstMiss() == null ? "" : cell(score.firstMiss()))
                    .append(" |\n");
        }
    }

    private static String field(DocumentScore.Field field) {
        return field.right()
                ? "✓"
                : "✗ " + (field.predicted() == null ? "(none)" : "«" + cell(field.predicted()) + "»");
    }

    private static String cell(String text) {
        return cell(text, 80);
    }

    private static String cell(String text, int limit) {
        String squeezed = text.replaceAll("\\s+", " ").replace("|", "\\|").strip();
        return squeezed.length() <= limit ? squeezed : squeezed.substring(0, limit) + "…";
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f %% (%d/%d)", 100.0 * part / whole, part, whole);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
