package org.vigil.app.cli.link;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vigil.app.cli.OutputOption;
import org.vigil.core.io.BadInputException;
import org.vigil.core.run.Progress;
import org.vigil.link.ClusterAssignment;
import org.vigil.link.LinkageResult;
import org.vigil.link.Linker;
import org.vigil.link.block.BlockingFit;
import org.vigil.link.input.CsvRecordReader;
import org.vigil.link.input.LinkInput;
import org.vigil.link.review.ReviewDecision;
import org.vigil.link.settings.LinkMode;
import org.vigil.link.settings.LinkSettings;
import org.vigil.link.settings.SettingsInference;
import org.vigil.link.settings.SettingsReader;
import org.vigil.link.state.LinkageState;
import org.vigil.link.state.LinkageStateJson;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code vigil link FILE.csv [FILE2.csv] --id-column C [--settings F] [--format csv|json]}: clusters
 * the records of one file (or links two files) and prints {@code record_id,cluster_id}. Fails the way
 * every command does ({@link org.vigil.app.cli.CommandErrors}): a wrong option or unusable input exits
 * with 2, any other failure with 1; every file it writes is replaced atomically.
 */
@CommandLine.Command(name = "link", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Joins records of the same person into clusters (Fellegi-Sunter model fitted by EM, no labels).",
                "Prints record_id,cluster_id for every record; progress and the candidate pairs per blocking rule go to "
                        + "standard error."})
public final class LinkCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { csv, json }

    @CommandLine.Parameters(arity = "1..2", paramLabel = "FILE.csv",
            description = "CSV file(s) with a header row; with two files, records are linked across them")
    List<Path> files;

    @CommandLine.Option(names = "--id-column", required = true, paramLabel = "C",
            description = "the column that identifies each record (never compared)")
    String idColumn;

    @CommandLine.Option(names = "--settings", paramLabel = "FILE.json",
            description = "fields, comparison kinds and blocking rules; without it they are inferred from the columns")
    Path settingsFile;

    @CommandLine.Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json",
            description = "csv (record_id,cluster_id) or json (with model, blocking counts and provenance); default csv")
    Format format;

    @CommandLine.Mixin
    OutputOption output;

    @CommandLine.Option(names = "--threshold", paramLabel = "P", description = "match probability needed to link (default: settings, else 0.9)")
    Double threshold;

    @CommandLine.Option(names = "--review-queue", paramLabel = "FILE", description = "write the uncertain pairs, explained field by field, as JSON")
    Path reviewQueue;

    @CommandLine.Option(names = "--state", paramLabel = "FILE",
            description = "linkage state (cluster ids, decisions, model): read if it exists, written after the run")
    Path stateFile;

    @CommandLine.Option(names = "--incremental", description = "with --state: link only records the state has not seen, keeping existing clusters")
    boolean incremental;

    @CommandLine.Option(names = "--decisions", paramLabel = "FILE.csv",
            description = "reviewer decisions to honour: record_a,record_b,decision(same|different)[,reviewer,note]")
    Path decisionsFile;

    @CommandLine.Option(names = "--pair-budget", paramLabel = "N",
            description = "without --settings: most candidate pairs the inferred blocking may make before it is "
                    + "tightened (default 20 per record; 0: no limit)")
    Long pairBudget;

    @CommandLine.Option(names = "--quiet", description = "no progress on standard error")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A command with default options (picocli fills them in). */
    public LinkCommand() {
    }

    @Override
    public Integer call() throws IOException {
        try {
            run(spec.commandLine().getErr());
            return 0;
        } catch (OutOfMemoryError e) {
            // An error, not an exception: CommandErrors would never see it and the user would get a stack trace.
            throw new IllegalStateException("out of memory: give the JVM more heap (-Xmx) or tighten the blocking rules");
        }
    }

    /** A wrong option value: exit 2 with the usage hint, like any other bad option. */
    private ParameterException badOption(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private void run(PrintWriter err) throws IOException {
        long start = System.nanoTime();
        Progress progress = quiet ? Progress.NONE : new StandardErrorProgress(err, start);
        LinkSettings settings;
        Optional<String> settingsId = Optional.empty();
        if (settingsFile != null) {
            SettingsReader.Loaded loaded = SettingsReader.read(settingsFile);
            settings = loaded.settings();
            settingsId = loaded.idColumn();
        } else {
            settings = null;
        }
        if (settingsId.isPresent() && !settingsId.get().equals(idColumn)) {
            throw badOption("--id-column " + idColumn + " differs from the settings' idColumn "
                    + settingsId.get() + ": use the same column");
        }
        LinkInput input = readAll(settings);
        if (settings == null) {
            SettingsInference.Inferred inferred = SettingsInference.infer(input);
            settings = inferred.settings();
            err.println("vigil link: no --settings given; inferred from the columns:");
            for (String line : inferred.explanation()) {
                err.println("vigil link:   " + line);
            }
            err.println("vigil link: save and edit these settings as a file with: " + SettingsReader.write(settings,
                    Optional.of(idColumn)).replaceAll("\\s*\\n\\s*", " "));
            if (settings.fields().isEmpty()) {
                throw new BadInputException(files.get(0).toString(), 1, "", "no column could be compared: write a settings file (docs/link.md)");
            }
            if (!inferred.settings().ignoreColumns().isEmpty() || settings.sourceColumn().isPresent()) {
                input = readAll(settings);
            }
        }
        if (files.size() == 2 && settings.mode() == LinkMode.DEDUPE) {
            settings = settings.withMode(LinkMode.LINK_AND_DEDUPE);
        }
        if (threshold != null) {
            if (!(threshold > 0 && threshold < 1)) {
                throw badOption("--threshold " + threshold + " is not a probability between 0 and 1");
            }
            settings = settings.withThreshold(threshold);
        }
        LinkageState state = LinkageState.empty();
        if (stateFile != null && Files.exists(stateFile)) {
            state = LinkageStateJson.read(readState(), stateFile.toString());
        } else if (incremental) {
            throw badOption("--incremental needs an existing --state file from an earlier run");
        }
        if (decisionsFile != null) {
            for (ReviewDecision d : DecisionsCsv.read(decisionsFile)) {
                state = state.withDecision(d);
            }
        }
        Linker linker = new Linker(settings);
        if (settingsFile == null && !incremental) {
            long budget = pairBudget != null ? pairBudget
                    : (long) BlockingFit.PAIRS_PER_RECORD * input.records().size();
            if (budget < 0) {
                throw badOption("--pair-budget " + budget + " is negative: give a number of pairs, "
                        + "or 0 for no limit");
            }
            if (budget > 0) {
                BlockingFit fitted = linker.fitBlocking(input, budget);
                for (String change : fitted.changes()) {
                    err.println("vigil link: blocking budget: " + change);
                }
                if (!fitted.changes().isEmpty()) {
                    err.println("vigil link: blocking budget: the inferred rules now make " + String.format("%,d",
                            fitted.pairs()) + " candidate pairs (at most " + String.format("%,d", budget)
                            + "; set --pair-budget to change, or give --settings with your own rules)");
                    settings = fitted.settings();
                    linker = linker.withBlocking(settings);
                }
                err.flush();
            }
        }
        LinkageResult result = incremental
                ? linker.addRecords(input, state, progress)
                : linker.link(input, state, progress);
        for (String note : result.notes()) {
            err.println("vigil link: note: " + note);
        }
        String text = format == Format.json ? json(result, input) : csv(result.clusters());
        output.write(text, spec.commandLine().getOut());
        if (reviewQueue != null) {
            OutputOption.write(reviewQueue, LinkageStateJson.MAPPER.writeValueAsString(result.reviewQueue()));
        }
        if (stateFile != null) {
            OutputOption.write(stateFile, LinkageStateJson.write(result.state()));
        }
        err.flush();
    }

    private String readState() {
        try {
            return Files.readString(stateFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(stateFile.toString(), "cannot be read as UTF-8 text (" + e.getMessage()
                    + "): give the state file an earlier run wrote");
        }
    }

    private LinkInput readAll(LinkSettings settings) {
        LinkSettings s = settings == null ? LinkSettings.defaults(List.of(), List.of()) : settings;
        CsvRecordReader reader = new CsvRecordReader(idColumn, s.sourceColumn(), s.missingValues(), s.ignoreColumns());
        LinkInput input = reader.read(files.get(0));
        if (files.size() == 2) {
            LinkInput second = reader.read(files.get(1));
            Set<String> ids = new HashSet<>();
            for (var r : input.records()) {
                ids.add(r.id());
            }
            for (int i = 0; i < second.records().size(); i++) {
                if (ids.contains(second.records().get(i).id())) {
                    throw new BadInputException(files.get(1).toString(), i + 2, idColumn, "id '"
                            + second.records().get(i).id() + "' is also in " + files.get(0)
                            + ": ids must be unique across both files");
                }
            }
            input = input.plus(second);
        }
        return input;
    }

    private static String csv(List<ClusterAssignment> clusters) throws IOException {
        Writer w = new StringWriter(clusters.size() * 24);
        try (CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord("record_id", "cluster_id");
            for (ClusterAssignment c : clusters) {
                printer.printRecord(c.recordId(), c.clusterId());
            }
        }
        return w.toString();
    }

    private static String json(LinkageResult r, LinkInput input) {
        return LinkageStateJson.MAPPER.writeValueAsString(new OutputDocument(r.clusters(), r.clusterCount(),
                input.records().size(), r.model(), r.blocking(), r.reviewQueue().pairsInBand(), r.notes(),
                r.provenance())) + "\n";
    }
}
