package org.vigil.extract.corpus;

import org.vigil.core.testing.ExtractionScorer;
import org.vigil.extract.ExtractionSettings;
import org.vigil.extract.ReportExtractor;
import org.vigil.extract.input.ReadOptions;
import org.vigil.extract.input.ReportDocument;
import org.vigil.extract.input.ReportReader;
import org.vigil.extract.json.FactsJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;


/**
 * Runs the extractor on every text of a corpus split ({@code <id>.txt} beside {@code <id>.gold.json}), writes
 * the predictions and scores each with the judge's scorer ({@code shared/tools/score_extraction.py}, run with
 * python3, not ported), so that the figures are the judge's own.
 *
 * <p>Run: {@code java -cp ... org.vigil.extract.corpus.CorpusScores SPLIT_DIR SCORER [OUT_DIR] [--verbose]}.
 */
public final class CorpusScores {

    /** The scorer's fields, in its order. */
    public static final List<String> FIELDS = List.of("persons", "organizations", "places", "charges", "counts",
            "sentences", "dated_events", "violation_categories");

    private static final Pattern FIELD_LINE = Pattern.compile(
            "^(\\w+)\\s+gold=\\s*(\\d+) pred=\\s*(\\d+) hit=\\s*(\\d+)");

    private CorpusScores() {
    }

    /** One field of one text: how many gold items, predicted items and matched pairs. */
    public record FieldCount(String field, int gold, int predicted, int hits) {
        /** F1 as the scorer computes it (an empty gold and empty prediction score 1). */
        public double f1() {
            double p = predicted == 0 ? (gold == 0 ? 1 : 0) : (double) hits / predicted;
            double r = gold == 0 ? 1 : (double) hits / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The scorer's verdict on one text. */
    public record TextScore(String id, double score, List<FieldCount> fields, String scorerOutput) {
        /** True for a Russian-language text (ids start with "ru-"). */
        public boolean russian() {
            return id.startsWith("ru-");
        }
    }

    /** Extracts and scores every text of {@code splitDir}; predictions go to {@code outDir}. */
    public static List<TextScore> run(Path splitDir, Path scorer, Path outDir, boolean verbose) {
        ReportExtractor extractor = new ReportExtractor();
        List<TextScore> scores = new ArrayList<>();
        try (Stream<Path> files = Files.list(splitDir)) {
            List<Path> texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            Files.createDirectories(outDir);
            for (Path text : texts) {
                String id = text.getFileName().toString().replaceFirst("\\.txt$", "");
                Path gold = splitDir.resolve(id + ".gold.json");
                if (!Files.isRegularFile(gold)) {
                    continue;
                }
                ReportDocument doc = ReportReader.read(text, ReadOptions.defaults());
                String json = FactsJson.write(extractor.extract(doc, ExtractionSettings.defaults()));
                Path predicted = Files.writeString(outDir.resolve(id + ".json"), json, StandardCharsets.UTF_8);
                scores.add(score(id, scorer, gold, predicted, verbose));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scores;
    }

    private static TextScore score(String id, Path scorer, Path gold, Path predicted, boolean verbose) {
        ExtractionScorer.Scored scored = ExtractionScorer.score(scorer, gold, predicted, verbose);
        List<FieldCount> fields = new ArrayList<>();
        for (String line : scored.output().lines().toList()) {
            Matcher f = FIELD_LINE.matcher(line);
            if (f.find()) {
                fields.add(new FieldCount(f.group(1), Integer.parseInt(f.group(2)), Integer.parseInt(f.group(3)),
                        Integer.parseInt(f.group(4))));
            }
        }
        return new TextScore(id, scored.score(), List.copyOf(fields), scored.output());
    }

    /** The mean of the texts' scores (0 for none). */
    public static double mean(List<TextScore> scores) {
        return scores.stream().mapToDouble(TextScore::score).average().orElse(0);
    }

    /** The lowest text score (0 for none). */
    public static double min(List<TextScore> scores) {
        return scores.stream().mapToDouble(TextScore::score).min().orElse(0);
    }

    /**
     * A report: one line per text, then per field the pooled precision, recall and F1 (hits summed over the
     * texts) and the mean of the texts' F1 for that field, then mean and minimum.
     */
    public static String report(String title, List<TextScore> scores) {
        StringBuilder out = new StringBuilder(title).append(" (").append(scores.size()).append(" texts)\n");
        for (TextScore s : scores) {
            out.append(String.format(Locale.ROOT, "  %-28s %.3f  ", s.id(), s.score()));
            for (FieldCount f : s.fields()) {
                out.append(String.format(Locale.ROOT, " %s=%.2f", abbreviation(f.field()), f.f1()));
            }
            out.append('\n');
        }
        out.append("| field | gold | predicted | hits | P | R | F1 (pooled) | mean F1 per text |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        Map<String, int[]> pooled = new LinkedHashMap<>();
        Map<String, Double> meanF1 = new LinkedHashMap<>();
        for (String field : FIELDS) {
            pooled.put(field, new int[3]);
            meanF1.put(field, 0.0);
        }
        for (TextScore s : scores) {
            for (FieldCount f : s.fields()) {
                int[] sum = pooled.computeIfAbsent(f.field(), k -> new int[3]);
                sum[0] += f.gold();
                sum[1] += f.predicted();
                sum[2] += f.hits();
                meanF1.merge(f.field(), f.f1() / scores.size(), Double::sum);
            }
        }
        pooled.forEach((field, sum) -> {
            FieldCount all = new FieldCount(field, sum[0], sum[1], sum[2]);
            double p = sum[1] == 0 ? 1 : (double) sum[2] / sum[1];
            double r = sum[0] == 0 ? 1 : (double) sum[2] / sum[0];
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f | %.2f | %.2f |\n", field,
                    sum[0], sum[1], sum[2], p, r, all.f1(), meanF1.get(field)));
        });
        out.append(String.format(Locale.ROOT, "mean %.3f, min %.3f%n", mean(scores), min(scores)));
        return out.toString();
    }

    private static String abbreviation(String field) {
        return field.substring(0, 3);
    }

    /** Command line: SPLIT_DIR SCORER [OUT_DIR] [--verbose]; prints English and Russian texts apart. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusScores SPLIT_DIR SCORER [OUT_DIR] [--verbose]");
            System.exit(2);
        }
        boolean verbose = List.of(args).contains("--verbose");
        Path out = args.length > 2 && !args[2].startsWith("--") ? Path.of(args[2])
                : Files.createTempDirectory("vigil-corpus");
        List<TextScore> all = run(Path.of(args[0]), Path.of(args[1]), out, verbose);
        if (verbose) {
            all.forEach(s -> System.out.println("== " + s.id() + "\n" + s.scorerOutput()));
        }
        System.out.println(report("English", all.stream().filter(s -> !s.russian()).toList()));
        System.out.println(report("Russian", all.stream().filter(TextScore::russian).toList()));
        System.out.println(report("All", all));
        System.out.println("predictions in " + out);
    }
}
